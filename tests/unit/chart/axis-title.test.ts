import { describe, expect, test } from 'vitest';
import { axisTitle } from '../../../src/lib/chart/axis-title.ts';
import { units } from '../../../src/schemas/figure.ts';

describe('axisTitle', () => {
  test('names the unit', () => {
    expect(axisTitle({ unit: 'percent' })).toBe('Percent');
    expect(axisTitle({ unit: 'basis-points' })).toBe('Basis points');
    expect(axisTitle({ unit: 'quarters' })).toBe('Quarters');
  });

  test('titles a multiple as what it multiplies', () => {
    expect(axisTitle({ unit: 'multiple' })).toBe('Times earnings');
  });

  test('gives every unit a title, distinct but for a fraction, which is drawn in percent', () => {
    const titles = units.map((unit) => axisTitle({ unit, currency: 'USD' }));
    expect(titles.every((title) => title.length > 0)).toBe(true);
    expect(new Set(titles).size).toBe(units.length - 1);
    expect(axisTitle({ unit: 'fraction' })).toBe(axisTitle({ unit: 'percent' }));
  });

  test('carries the scale and the currency by name', () => {
    expect(axisTitle({ unit: 'currency', currency: 'CNY' }, 'billion')).toBe('Billion Chinese yuan');
    expect(axisTitle({ unit: 'currency', currency: 'USD' }, 'million')).toBe('Million US dollars');
    expect(axisTitle({ unit: 'currency', currency: 'EUR' })).toBe('Euros');
  });

  test('says what a value is per', () => {
    expect(axisTitle({ unit: 'currency', currency: 'USD', per: 'share' })).toBe('US dollars per share');
  });

  test('names what a count counts, with its scale', () => {
    expect(axisTitle({ unit: 'count', counts: 'downloads' }, 'million')).toBe('Million downloads');
    expect(axisTitle({ unit: 'count' }, 'thousand')).toBe('Thousand count');
  });
});
