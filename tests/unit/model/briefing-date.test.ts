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
    expect(real.sources.every((s) => typeof s.date !== 'string')).toBe(true);
    expect(briefingDate(real)).toBe('2024-12-31');
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
