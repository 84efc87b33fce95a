import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { checkQuotes } from '../../../src/lib/validate/check-quotes.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

describe('checkQuotes', () => {
  test('passes quotes that carry their value in digits or in words', () => {
    // "four new factories" carries the value 4 in words.
    expect(minimal.figures.find((f) => f.id === 'new-factories')!.quote).toContain('four');
    expect(checkQuotes(minimal)).toEqual([]);
  });

  test('reports a quote that lacks the value, with every spelling it looked for', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[4]!.value = 5;
    });
    expect(checkQuotes(briefing)).toEqual([
      contentError(
        ['figures', 4, 'quote'],
        'expected the quote to contain the value "5" or "five", found "opened four new factories last year"',
      ),
    ]);
  });

  test('reports each figure whose quote lacks its value, in list order', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[0]!.quote = 'shares have gained a great deal';
      b.figures[2]!.value = 12;
    });
    expect(checkQuotes(briefing).map((issue) => issue.path)).toEqual([
      ['figures', 0, 'quote'],
      ['figures', 2, 'quote'],
    ]);
  });
});
