import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { checkDates, checkHistory } from '../../../src/lib/validate/check-figures.ts';
import { loadBriefing, editBriefing } from '../../support/briefings.ts';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

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
  test('accepts a briefing updated after publication and on or after its latest revision', () => {
    expect(checkDates({ ...minimal, published: '2024-03-02', updated: '2024-03-03' })).toEqual([]);
    expect(
      checkDates(revised({ 'new-factories': '2024-03-09' }, { published: '2024-03-02', updated: '2024-03-09' })),
    ).toEqual([]);
  });

  test('rejects an update on the day of publication: the page would say "Updated" for no change', () => {
    expect(checkDates({ ...minimal, published: '2024-03-02', updated: '2024-03-02' })).toEqual([
      contentError(['updated'], 'expected a date after published (2024-03-02), found 2024-03-02'),
    ]);
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

/** The minimal briefing with the factory count revised: its history and current date as given. */
function revisedFactories(history: Figure['history'], asOf?: string): Briefing {
  return editBriefing(minimal, (b) => {
    Object.assign(b.figures[4]!, { history, asOf });
  });
}

const projected = { value: 3, basis: 'projected', date: '2024-01-10' } as const;

describe('checkHistory', () => {
  test('passes figures without a history and a history that runs oldest first', () => {
    expect(checkHistory(minimal)).toEqual([]);
    expect(
      checkHistory(revisedFactories([projected, { ...projected, value: 2, date: '2024-02-01' }], '2024-03-01')),
    ).toEqual([]);
  });

  test('asks for the date of the current value once a figure has a history', () => {
    expect(checkHistory(revisedFactories([projected]))).toEqual([
      contentError(
        ['figures', 4, 'asOf'],
        'expected the date of the current value because the figure has a history, found nothing (the field is missing)',
      ),
    ]);
  });

  test("reports a revision in another unit than the figure's", () => {
    expect(checkHistory(revisedFactories([{ ...projected, unit: 'percent' }], '2024-03-01'))).toEqual([
      contentError(['figures', 4, 'history', 0, 'unit'], "expected the figure's unit count, found percent"),
    ]);
  });

  test('reports a revision dated on or before the one before it', () => {
    expect(checkHistory(revisedFactories([projected, { ...projected, date: '2024-01-10' }], '2024-03-01'))).toEqual([
      contentError(
        ['figures', 4, 'history', 1, 'date'],
        'expected a date after 2024-01-10 (history runs oldest first), found 2024-01-10',
      ),
    ]);
  });

  test("lets an earlier value go undated when the figure's own source states it, in a quote", () => {
    const { date: _, ...undated } = projected;
    expect(checkHistory(revisedFactories([{ ...undated, quote: 'up from three' }], '2024-03-01'))).toEqual([]);
    expect(checkHistory(revisedFactories([undated], '2024-03-01'))).toEqual([
      contentError(
        ['figures', 4, 'history', 0, 'date'],
        'expected the date of this value because its source "trade-report" is dated, found nothing (the field is missing): give the date, or quote the earlier value where the figure\'s own source states it',
      ),
    ]);
  });

  test('reports a current value dated on or before the last revision', () => {
    expect(checkHistory(revisedFactories([projected], '2023-12-31'))).toEqual([
      contentError(['figures', 4, 'asOf'], 'expected a date after the last revision (2024-01-10), found 2023-12-31'),
    ]);
  });
});
