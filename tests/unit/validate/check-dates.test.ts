import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { checkDates } from '../../../src/lib/validate/check-dates.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

/** The minimal briefing with these figures revised on these dates. */
function revised(dates: Record<string, string>, dated: Partial<Briefing>): Briefing {
  return {
    ...minimal,
    ...dated,
    figures: minimal.figures.map((f) =>
      dates[f.id]
        ? { ...f, asOf: dates[f.id], history: [{ value: 1, basis: 'estimate' as const, date: '2024-01-01' }] }
        : f,
    ),
  };
}

describe('checkDates', () => {
  test('accepts a briefing updated on or after publication and after its latest revision', () => {
    expect(checkDates({ ...minimal, published: '2024-03-02', updated: '2024-03-02' })).toEqual([]);
    expect(
      checkDates(revised({ 'new-factories': '2024-03-09' }, { published: '2024-03-02', updated: '2024-03-09' })),
    ).toEqual([]);
  });

  test('ignores revisions dated before publication', () => {
    expect(
      checkDates(revised({ 'new-factories': '2024-02-01' }, { published: '2024-03-02', updated: undefined })),
    ).toEqual([]);
  });

  test('names the latest of several revisions made after publication', () => {
    const issues = checkDates(
      revised(
        { 'new-factories': '2024-03-09', 'example-share-gain': '2024-03-20' },
        { published: '2024-03-02', updated: undefined },
      ),
    );
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['updated'],
        'expected a date on or after 2024-03-20, when figure example-share-gain was revised after publication, found nothing (the field is missing)',
      ],
    ]);
  });
});
