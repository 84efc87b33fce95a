import { describe, expect, test } from 'vitest';
import { containsNumber, numberSpellings, quoteProblem, checkQuotes } from '../../../src/lib/validate/quotes.ts';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

describe('numberSpellings', () => {
  test('gives a small whole number in digits and in words', () => {
    expect(numberSpellings(4)).toEqual(['4', 'four']);
    expect(numberSpellings(0)).toEqual(['0', 'zero']);
    expect(numberSpellings(20)).toEqual(['20', 'twenty']);
  });

  test('gives a large number with and without thousands separators', () => {
    expect(numberSpellings(1200)).toEqual(['1200', '1,200']);
  });

  test('gives a decimal once, as written', () => {
    expect(numberSpellings(9.5)).toEqual(['9.5']);
  });

  test('has no word for numbers past twenty, fractions or negatives', () => {
    expect(numberSpellings(21)).toEqual(['21']);
    expect(numberSpellings(2.5)).toEqual(['2.5']);
    expect(numberSpellings(-3)).toEqual(['-3']);
  });
});

describe('containsNumber', () => {
  test('finds a decimal followed by a percent sign', () => {
    expect(containsNumber('projected to have grown by 9.7% in the quarter', 9.7)).toBe(true);
  });

  test('finds a number written as a word, in any case', () => {
    expect(containsNumber('surging to a four-month high', 4)).toBe(true);
    expect(containsNumber('Four analysts agreed', 4)).toBe(true);
  });

  test('does not find a word inside a longer word', () => {
    expect(containsNumber('a fourteen-day streak', 4)).toBe(false);
  });

  test('does not find 25 inside 125', () => {
    expect(containsNumber('the index rose 125%', 25)).toBe(false);
  });

  test('does not find 25 inside 2.55 or 25.5', () => {
    expect(containsNumber('a ratio of 2.55', 25)).toBe(false);
    expect(containsNumber('a ratio of 0.25', 25)).toBe(false);
    expect(containsNumber('up 25.5%', 25)).toBe(false);
  });

  test('finds a number at the end of a sentence', () => {
    expect(containsNumber('shares rose 25.', 25)).toBe(true);
    expect(containsNumber('shares rose 25', 25)).toBe(true);
  });

  test('finds a number written with or without thousands separators', () => {
    expect(containsNumber('about 1,200 stores', 1200)).toBe(true);
    expect(containsNumber('about 1200 stores', 1200)).toBe(true);
  });

  test('does not find a number inside a larger grouped number', () => {
    expect(containsNumber('some 31,200 staff', 1200)).toBe(false);
    expect(containsNumber('some 1,200,000 staff', 1200)).toBe(false);
  });

  test('finds a year among words', () => {
    expect(containsNumber('Since taking the helm in 2023, they', 2023)).toBe(true);
  });

  test('does not find a number that is absent', () => {
    expect(containsNumber('shares rose sharply', 25)).toBe(false);
  });
});

describe('quoteProblem', () => {
  const base = { unit: 'percent', precision: 'exact' } as const;
  /** US$13.7 billion of revenue, quoted as given. */
  const revenue = (quote: string, more: object = {}) =>
    ({ unit: 'currency', currency: 'USD', scale: 'billion', precision: 'exact', value: 13.7, quote, ...more }) as const;

  test('says nothing of a quote that holds the value', () => {
    expect(quoteProblem({ ...base, value: -12, quote: 'Apple is down 12%' })).toBeUndefined();
  });

  test('asks for the number as written when it is missing', () => {
    expect(quoteProblem({ ...base, value: 6, quote: 'grew by 9.7%' })).toBe(
      'expected the quote to contain the value "6" or "six", found "grew by 9.7%"',
    );
  });

  test('asks for both ends of a range', () => {
    expect(quoteProblem({ ...base, value: 2, to: 4, quote: 'growth of 2% to 5%' })).toBe(
      'expected the quote to contain the values "2" or "two" and "4" or "four", found "growth of 2% to 5%"',
    );
  });

  test('asks for the scale with the number', () => {
    expect(quoteProblem(revenue('revenue of $13.7 billion', { value: 13.8 }))).toBe(
      'expected the quote to contain the value "13.8 billion", found "revenue of $13.7 billion"',
    );
  });

  test('says which scale the quote writes, and how to set it', () => {
    expect(quoteProblem(revenue('revenue of $13.7 million'))).toBe(
      'expected the quote to contain the value with scale billion, found it written "$13.7 million" (scale million): set scale: million',
    );
    expect(quoteProblem(revenue('revenue of $13.7bn', { scale: undefined }))).toBe(
      'expected the quote to contain the value with scale none, found it written "$13.7bn" (scale billion): set scale: billion',
    );
    expect(quoteProblem(revenue('revenue of $13.7'))).toBe(
      'expected the quote to contain the value with scale billion, found it written "$13.7" with no scale: remove scale, or quote the words that give it',
    );
  });

  test('asks for the direction word of a fall', () => {
    expect(quoteProblem({ ...base, value: -12, quote: 'Apple moved 12%' })).toBe(
      'expected the quote to show the fall with a minus sign or a word for a fall next to the number (such as "down", "fell", "drop", "shed" or "lost"), found "12" without one in "Apple moved 12%": quote the words that say it fell, or make the value positive',
    );
  });

  test('asks for a negative value when the quote writes a minus sign', () => {
    expect(quoteProblem({ ...base, value: 12, quote: 'a change of -12%' })).toBe(
      'expected the quote to contain a positive value, found "-12" with a minus sign in "a change of -12%": write the value as negative',
    );
  });

  test('asks for a missing fall with its sign', () => {
    expect(quoteProblem({ ...base, value: -7, quote: 'shares fell 12%' })).toBe(
      'expected the quote to contain the value "7" or "seven" with a minus sign or a word for a fall (such as "down" or "fell"), found "shares fell 12%"',
    );
  });
});

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
