import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/model/format-number.ts';
import type { FigureValue } from '../../../src/lib/model/measures.ts';
import { units, type Unit } from '../../../src/schemas/figure.ts';

const figure = (value: number, unit: Unit, more: Partial<FigureValue> = {}): FigureValue => ({
  value,
  unit,
  precision: 'exact',
  ...more,
});

describe('formatNumber', () => {
  test('writes percent with a percent sign and no space, a fall with a true minus sign', () => {
    expect(formatNumber(figure(9.5, 'percent'), 1)).toBe('9.5%');
    expect(formatNumber(figure(-3.25, 'percent'), 2)).toBe('−3.25%');
  });

  test('writes percentage points and basis points in words', () => {
    expect(formatNumber(figure(1.5, 'percentage-points'), 1)).toBe('1.5 percentage points');
    expect(formatNumber(figure(-1, 'percentage-points'), 0)).toBe('−1 percentage point');
    expect(formatNumber(figure(800, 'basis-points'), 0)).toBe('800 basis points');
    expect(formatNumber(figure(1, 'basis-points'), 0)).toBe('1 basis point');
  });

  test('writes a multiple with a multiplication sign', () => {
    expect(formatNumber(figure(11, 'multiple'), 0)).toBe('11×');
  });

  test('writes a calendar year without a thousands separator', () => {
    expect(formatNumber(figure(2024, 'year'), 0)).toBe('2024');
  });

  test('writes durations in words, in the singular only for one', () => {
    expect(formatNumber(figure(1, 'months'), 0)).toBe('1 month');
    expect(formatNumber(figure(6, 'months'), 0)).toBe('6 months');
    expect(formatNumber(figure(0.5, 'months'), 1)).toBe('0.5 months');
    expect(formatNumber(figure(3, 'years'), 0)).toBe('3 years');
    expect(formatNumber(figure(2, 'quarters'), 0)).toBe('2 quarters');
    expect(formatNumber(figure(1, 'quarters'), 0)).toBe('1 quarter');
    expect(formatNumber(figure(10, 'days'), 0)).toBe('10 days');
    expect(formatNumber(figure(1, 'weeks'), 0)).toBe('1 week');
  });

  test('writes a count with thousands separators, its scale and what it counts', () => {
    expect(formatNumber(figure(1200, 'count'), 0)).toBe('1,200');
    expect(formatNumber(figure(10, 'count', { scale: 'million', counts: 'downloads' }), 0)).toBe(
      '10 million downloads',
    );
  });

  test('writes an amount with the currency symbol, its scale in words and the precision given', () => {
    expect(formatNumber(figure(13.7, 'currency', { currency: 'USD', scale: 'billion' }), 1)).toBe('US$13.7 billion');
    expect(formatNumber(figure(280.2, 'currency', { currency: 'CNY', scale: 'billion' }), 1)).toBe('CN¥280.2 billion');
    expect(formatNumber(figure(30.3, 'currency', { currency: 'EUR', scale: 'billion' }), 1)).toBe('€30.3 billion');
    expect(formatNumber(figure(1.095, 'currency', { currency: 'USD', scale: 'billion' }), 3)).toBe('US$1.095 billion');
    expect(formatNumber(figure(94, 'currency', { currency: 'USD' }), 0)).toBe('US$94');
    expect(formatNumber(figure(4.4, 'currency', { currency: 'USD' }), 2)).toBe('US$4.40');
  });

  test('writes a fall in an amount with the minus sign before the currency', () => {
    expect(formatNumber(figure(-233, 'currency', { currency: 'USD', scale: 'billion' }), 0)).toBe('−US$233 billion');
  });

  test('writes a value per share', () => {
    expect(formatNumber(figure(1.76, 'currency', { currency: 'USD', per: 'share' }), 2)).toBe('US$1.76 per share');
  });

  test('writes an amount in cents when the source does', () => {
    expect(formatNumber(figure(0.04, 'currency', { currency: 'USD', per: 'share' }), 0, true)).toBe(
      '4 US cents per share',
    );
    expect(formatNumber(figure(0.01, 'currency', { currency: 'USD' }), 0, true)).toBe('1 US cent');
  });

  test('writes a range once, with its scale after the high end', () => {
    expect(formatNumber(figure(277, 'currency', { currency: 'CNY', scale: 'billion', to: 280 }), 0)).toBe(
      'CN¥277–280 billion',
    );
    expect(formatNumber(figure(4.35, 'currency', { currency: 'USD', per: 'share', to: 4.55 }), 2)).toBe(
      'US$4.35–4.55 per share',
    );
    expect(formatNumber(figure(2, 'percent', { to: 4 }), 0)).toBe('2% – 4%');
    expect(formatNumber(figure(-1, 'percent', { to: 1 }), 0)).toBe('−1% – 1%');
  });

  test('writes a named fraction in words and any other as a percentage', () => {
    expect(formatNumber(figure(0.333, 'fraction'), 0)).toBe('a third');
    expect(formatNumber(figure(-0.5, 'fraction'), 0)).toBe('minus half');
    expect(formatNumber(figure(0.4, 'fraction'), 0)).toBe('40%');
  });

  test('keeps every decimal asked for', () => {
    expect(formatNumber(figure(0.125, 'percent'), 3)).toBe('0.125%');
  });

  test('has a format for every unit', () => {
    const formatted = units.map((unit: Unit) => formatNumber(figure(3, unit, { currency: 'USD' }), 0));
    expect(formatted).toEqual([
      '3%',
      '3 percentage points',
      '3 basis points',
      '300%',
      '3×',
      '3',
      '3 days',
      '3 weeks',
      '3 months',
      '3 quarters',
      '3 years',
      '3',
      'US$3',
    ]);
  });
});

describe('formatNumber in a minor unit', () => {
  test('names the currency of its cents, pence and paise', () => {
    expect(formatNumber(figure(0.5, 'currency', { currency: 'GBP' }), 0, true)).toBe('50 pence');
    expect(formatNumber(figure(0.04, 'currency', { currency: 'EUR' }), 0, true)).toBe('4 euro cents');
    expect(formatNumber(figure(0.75, 'currency', { currency: 'INR' }), 0, true)).toBe('75 paise');
  });
});
