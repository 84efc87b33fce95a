import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { briefingDate, newestFirst } from '../../../src/lib/model/briefing-date.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const series = loadBriefing('series');
const real = loadBriefing('real');

describe('briefingDate', () => {
  test('is the newest dated source', () => {
    expect(briefingDate(minimal)).toBe('2024-03-01');
    const two = {
      ...minimal,
      sources: [...minimal.sources, { ...minimal.sources[0]!, id: 'later', date: '2024-05-01' }],
    };
    expect(briefingDate(two)).toBe('2024-05-01');
  });

  test('falls back to the end of the latest dated period when no source is dated', () => {
    const undated = { ...real, sources: real.sources.filter((s) => typeof s.date !== 'string') };
    expect(undated.sources.length).toBeGreaterThan(0);
    expect(briefingDate(undated)).toBe('2024-12-31');
  });

  test('is undefined with neither', () => {
    const undated = {
      ...minimal,
      sources: [{ ...minimal.sources[0]!, date: { undated: true as const, note: 'No date.' } }],
    };
    expect(briefingDate(undated)).toBeUndefined();
  });
});

describe('newestFirst', () => {
  test('puts a briefing written from a source before one only revised with it', () => {
    const written = { ...minimal, title: 'Written', sources: [real.sources[1]!] };
    expect(typeof real.sources[1]!.date).toBe('string');
    expect(newestFirst([real, written], (b) => b).map((b) => b.title)).toEqual(['Written', real.title]);
  });

  test('orders briefings newest first, undated last', () => {
    const undated: Briefing = {
      ...minimal,
      title: 'Undated',
      sources: [{ ...minimal.sources[0]!, date: { undated: true, note: 'No date.' } }],
    };
    expect(newestFirst([undated, minimal, real, series], (b) => b).map((b) => b.title)).toEqual([
      series.title,
      real.title,
      minimal.title,
      'Undated',
    ]);
  });
});
