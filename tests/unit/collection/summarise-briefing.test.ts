import { describe, expect, test } from 'vitest';
import { summariseBriefing } from '../../../src/lib/collection/summarise-briefing.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

describe('summariseBriefing', () => {
  test('counts figures, claims, charts and sections in plural', () => {
    expect(summariseBriefing(minimal)).toBe('5 figures, 3 claims hold, 2 charts, 2 sections');
  });

  test('uses the singular for one of each', () => {
    const one = {
      ...minimal,
      figures: minimal.figures.slice(0, 1),
      claims: minimal.claims.slice(0, 1),
      charts: minimal.charts.slice(0, 1),
      sections: minimal.sections.slice(0, 1),
    };
    expect(summariseBriefing(one)).toBe('1 figure, 1 claim holds, 1 chart, 1 section');
  });

  test('says 0 in plural for a briefing without claims or charts', () => {
    expect(summariseBriefing({ ...minimal, claims: [], charts: [] })).toBe(
      '5 figures, 0 claims hold, 0 charts, 2 sections',
    );
  });
});
