import { describe, expect, test } from 'vitest';
import type { FigureValue } from '../../../src/lib/model/measures.ts';
import { matchQuote } from '../../../src/lib/model/quote-match.ts';

const figure = (value: number, quote: string, more: Partial<FigureValue> = {}) => ({
  value,
  unit: 'percent' as const,
  precision: 'exact' as const,
  quote,
  ...more,
});
const found = (f: ReturnType<typeof figure>) => matchQuote(f).found;
const problem = (f: ReturnType<typeof figure>) => {
  const match = matchQuote(f);
  return match.found ? undefined : match.problem;
};
const billions = { unit: 'currency', currency: 'USD', scale: 'billion' } as const;

describe('matchQuote', () => {
  test('finds an amount with its scale, however the scale is written', () => {
    expect(found(figure(13.7, 'revenue of $13.7 billion', billions))).toBe(true);
    expect(found(figure(1.095, 'sales of $1.095B', billions))).toBe(true);
    expect(found(figure(30.3, 'revenue of €30.3bn', { ...billions, currency: 'EUR' }))).toBe(true);
    expect(found(figure(39.8, '39.8 billion yuan', { ...billions, currency: 'CNY' }))).toBe(true);
  });

  test('refuses an amount whose scale differs from the quote, or is missing', () => {
    expect(problem(figure(13.7, 'revenue of $13.7 million', billions))).toBe('scale');
    expect(problem(figure(13.7, 'revenue of $13.7 billion', { unit: 'currency', currency: 'USD' }))).toBe('scale');
  });

  test('finds a price written with trailing zeros', () => {
    expect(found(figure(4.4, 'a target of $4.40', { unit: 'currency', currency: 'USD' }))).toBe(true);
  });

  test('finds an amount in cents', () => {
    expect(found(figure(0.04, 'earned 4 cents a share', { unit: 'currency', currency: 'USD', per: 'share' }))).toBe(
      true,
    );
  });

  test('accepts a word for a fall in place of a minus sign', () => {
    expect(found(figure(-12, 'Apple is down 12%'))).toBe(true);
    expect(found(figure(-52, 'net profit fell 52%'))).toBe(true);
    expect(found(figure(-55, 'a 55% drop'))).toBe(true);
    expect(found(figure(-233, 'shed $233 billion in market value', billions))).toBe(true);
    expect(found(figure(-12, 'a change of -12%'))).toBe(true);
  });

  test('refuses a fall whose quote has neither a minus sign nor a word for a fall', () => {
    expect(problem(figure(-12, 'Apple moved 12%'))).toBe('fall');
  });

  test('refuses a rise whose quote writes a minus sign', () => {
    expect(problem(figure(12, 'a change of -12%'))).toBe('rise');
  });

  test('needs both ends of a range, the scale written once after the high end', () => {
    expect(found(figure(2, 'organic growth of 2% to 4%', { to: 4 }))).toBe(true);
    expect(found(figure(277, 'between 277 and 280 billion yuan', { ...billions, currency: 'CNY', to: 280 }))).toBe(
      true,
    );
    expect(found(figure(-1, 'from −1% to +1%', { to: 1 }))).toBe(true);
    expect(found(figure(0, 'from flat to 2%', { to: 2 }))).toBe(true);
    expect(problem(figure(2, 'organic growth of 2% to 5%', { to: 4 }))).toBe('missing');
  });

  test('finds a fraction written in words', () => {
    expect(found(figure(-0.333, 'lost about a third of its value', { unit: 'fraction', precision: 'about' }))).toBe(
      true,
    );
    expect(problem(figure(0.25, 'lost about a third of its value', { unit: 'fraction' }))).toBe('missing');
  });

  test('reports a number the quote does not hold as missing', () => {
    expect(problem(figure(25, 'the index rose 125%'))).toBe('missing');
  });
});

describe('matchQuote holds the number with what the quote says about it', () => {
  const amount = { unit: 'currency', currency: 'CNY', scale: 'billion' } as const;

  test('reads a fall only next to its number, so a level beside a fall keeps its sign', () => {
    const quote = 'net income fell 78% to 9.1 billion yuan';
    expect(found(figure(-78, quote))).toBe(true);
    expect(problem(figure(78, quote))).toBe('rise');
    expect(found(figure(9.1, quote, amount))).toBe(true);
    expect(problem(figure(-9.1, quote, amount))).toBe('fall');
  });

  test('reads a fall written after the number, or as a noun before it', () => {
    expect(found(figure(-12, 'shares ended 12% lower'))).toBe(true);
    expect(found(figure(-55, 'a 55% drop in profit'))).toBe(true);
    expect(found(figure(-5, 'a decline of 5% in sales'))).toBe(true);
    expect(found(figure(-2, 'shares plummeted 2%'))).toBe(true);
  });

  test('tells a percentage, an amount and a count apart, and currencies by their signs and words', () => {
    expect(problem(figure(239, 'an increase of 239%', { unit: 'currency', currency: 'USD' }))).toBe('unit');
    expect(problem(figure(100, '$100 billion', amount))).toBe('unit');
    expect(found(figure(100, '$100 billion', { ...amount, currency: 'USD' }))).toBe(true);
    expect(found(figure(100, 'HK$100 billion', { ...amount, currency: 'HKD' }))).toBe(true);
    expect(found(figure(100, '100 billion yuan', amount))).toBe(true);
    expect(found(figure(100, '¥100 billion', amount))).toBe(true);
    expect(problem(figure(100, '100 billion euros', amount))).toBe('unit');
    expect(problem(figure(13, 'grew 13% to US$4.3 billion', { unit: 'currency', currency: 'USD' }))).toBe('unit');
    expect(problem(figure(4, 'opened 4% more stores', { unit: 'count' }))).toBe('unit');
    expect(found(figure(12.2, 'trades at 12.2x forward earnings', { unit: 'multiple' }))).toBe(true);
    expect(found(figure(800, 'a fall of 800 basis points', { unit: 'basis-points' }))).toBe(false);
    expect(found(figure(-800, 'a fall of 800 basis points', { unit: 'basis-points' }))).toBe(true);
  });

  test('holds the precision phrase before the number', () => {
    expect(problem(figure(11, 'as much as 11%', { precision: 'more-than' }))).toBe('precision');
    expect(found(figure(11, 'as much as 11%', { precision: 'up-to' }))).toBe(true);
    expect(found(figure(80, 'nearly 80% of analysts', { precision: 'nearly' }))).toBe(true);
    expect(problem(figure(80, 'nearly 80% of analysts', { precision: 'about' }))).toBe('precision');
    expect(found(figure(30, 'no more than 30%', { precision: 'at-most' }))).toBe(true);
    expect(found(figure(3, 'over three years', { unit: 'years' }))).toBe(true);
  });

  test('takes a bound from a comparison with the number it passes', () => {
    const quote = "surpassing the index's 25% gain";
    expect(found(figure(25, quote, { precision: 'more-than' }))).toBe(true);
    expect(problem(figure(25, quote, { precision: 'less-than' }))).toBe('precision');
  });
});

describe('matchQuote on the scales and ranges of other markets', () => {
  const rupees = { unit: 'currency', currency: 'INR' } as const;

  test('holds an amount in crore only with its scale, so no page shows it ten million times too small', () => {
    expect(found(figure(3612, 'net profit of Rs 3,612 crore', { ...rupees, scale: 'crore' }))).toBe(true);
    expect(problem(figure(3612, 'net profit of Rs 3,612 crore', rupees))).toBe('scale');
  });

  test('holds a range written with a hyphen, each end positive', () => {
    expect(found(figure(2, 'growth of 2%-4% this year', { to: 4 }))).toBe(true);
    expect(
      found(figure(0, 'earnings of breakeven to $0.04 a share', { to: 0.04, unit: 'currency', currency: 'USD' })),
    ).toBe(true);
  });
});
