import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../../src/lib/model/format-number.ts';
import { units, type Unit } from '../../../src/schemas/figure.ts';

describe('formatNumber', () => {
  test('writes percent with a percent sign and no space', () => {
    expect(formatNumber(9.5, 'percent')).toBe('9.5%');
    expect(formatNumber(-3.25, 'percent')).toBe('-3.25%');
  });

  test('writes percentage points as "pp"', () => {
    expect(formatNumber(1.5, 'percentage-points')).toBe('1.5 pp');
  });

  test('writes a multiple with a multiplication sign', () => {
    expect(formatNumber(11, 'multiple')).toBe('11×');
  });

  test('writes a year without a thousands separator', () => {
    expect(formatNumber(2024, 'year')).toBe('2024');
  });

  test('writes months in the singular only for one', () => {
    expect(formatNumber(1, 'months')).toBe('1 month');
    expect(formatNumber(6, 'months')).toBe('6 months');
    expect(formatNumber(0.5, 'months')).toBe('0.5 months');
  });

  test('writes a count with thousands separators', () => {
    expect(formatNumber(1200, 'count')).toBe('1,200');
    expect(formatNumber(4, 'count')).toBe('4');
  });

  test('writes currency in its code, standard below a million and compact above', () => {
    expect(formatNumber(1500, 'currency', 'USD')).toBe('$1,500.00');
    expect(formatNumber(1500, 'currency', 'EUR')).toBe('€1,500.00');
    expect(formatNumber(2.5e9, 'currency', 'USD')).toBe('$2.50B');
    expect(formatNumber(1.5e6, 'currency', 'JPY')).toBe('¥1.5M');
  });

  test('falls back to US dollars when a currency has no code', () => {
    expect(formatNumber(1500, 'currency')).toBe('$1,500.00');
  });

  test('keeps every decimal a source gives', () => {
    expect(formatNumber(0.125, 'percent')).toBe('0.125%');
  });

  test('has a format for every unit', () => {
    const formatted = units.map((unit: Unit) => formatNumber(3, unit, 'USD'));
    expect(formatted).toEqual(['3%', '3 pp', '3×', '3', '3 months', '3', '$3.00']);
  });
});
