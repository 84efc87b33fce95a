import { describe, expect, test } from 'vitest';
import type { FigureValue } from '../../../src/lib/model/figure-value.ts';
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
