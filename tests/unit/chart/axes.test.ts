import { describe, expect, test } from 'vitest';
import { axisTitle, toAxis } from '../../../src/lib/chart/axes.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { units } from '../../../src/schemas/figure.ts';

describe('axisTitle', () => {
  test('names the unit', () => {
    expect(axisTitle({ unit: 'percent' })).toBe('Percent');
    expect(axisTitle({ unit: 'basis-points' })).toBe('Basis points');
    expect(axisTitle({ unit: 'quarters' })).toBe('Quarters');
  });

  test('titles a multiple as a multiple, whatever it multiplies (earnings, book value, sales)', () => {
    expect(axisTitle({ unit: 'multiple' })).toBe('Multiple (times)');
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

describe('toAxis', () => {
  const figure = (unit: Figure['unit'], scale?: Figure['scale']) => ({ unit, scale }) as Figure;

  test("draws a number in the first figure's unit: basis points stay basis points, a percent beside them converts", () => {
    expect(toAxis(25, figure('basis-points'), figure('basis-points'), undefined)).toBe(25);
    expect(toAxis(0.5, figure('percentage-points'), figure('basis-points'), undefined)).toBe(50);
  });

  test('draws a fraction in percent, as its axis title says', () => {
    expect(axisTitle(figure('fraction'), undefined)).toBe('Percent');
    expect(toAxis(0.5, figure('fraction'), figure('fraction'), undefined)).toBe(50);
    expect(toAxis(11, figure('percent'), figure('fraction'), undefined)).toBe(11);
  });

  test('puts 500 million at 0.5 on an axis in billions', () => {
    expect(toAxis(500, figure('currency', 'million'), figure('currency', 'billion'), 'billion')).toBe(0.5);
  });
});
