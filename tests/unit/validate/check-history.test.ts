import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { checkHistory } from '../../../src/lib/validate/check-history.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

/** The minimal briefing with the factory count revised: its history and current date as given. */
function revised(history: Figure['history'], asOf?: string): Briefing {
  return editBriefing(minimal, (b) => {
    Object.assign(b.figures[4]!, { history, asOf });
  });
}

const projected = { value: 3, basis: 'projected', date: '2024-01-10' } as const;

describe('checkHistory', () => {
  test('passes figures without a history and a history that runs oldest first', () => {
    expect(checkHistory(minimal)).toEqual([]);
    expect(checkHistory(revised([projected, { ...projected, value: 2, date: '2024-02-01' }], '2024-03-01'))).toEqual(
      [],
    );
  });

  test('asks for the date of the current value once a figure has a history', () => {
    expect(checkHistory(revised([projected]))).toEqual([
      contentError(
        ['figures', 4, 'asOf'],
        'expected the date of the current value because the figure has a history, found nothing (the field is missing)',
      ),
    ]);
  });

  test("reports a revision in another unit than the figure's", () => {
    expect(checkHistory(revised([{ ...projected, unit: 'percent' }], '2024-03-01'))).toEqual([
      contentError(['figures', 4, 'history', 0, 'unit'], "expected the figure's unit count, found percent"),
    ]);
  });

  test('reports a revision dated on or before the one before it', () => {
    expect(checkHistory(revised([projected, { ...projected, date: '2024-01-10' }], '2024-03-01'))).toEqual([
      contentError(
        ['figures', 4, 'history', 1, 'date'],
        'expected a date after 2024-01-10 (history runs oldest first), found 2024-01-10',
      ),
    ]);
  });

  test('reports a current value dated on or before the last revision', () => {
    expect(checkHistory(revised([projected], '2023-12-31'))).toEqual([
      contentError(['figures', 4, 'asOf'], 'expected a date after the last revision (2024-01-10), found 2023-12-31'),
    ]);
  });
});
