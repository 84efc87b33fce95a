import { describe, expect, test } from 'vitest';
import { axisTitle, packLines, toAxis, wrapCategoryLabel } from '../../../src/lib/chart/axes.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
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

const upTo = (n: number) => (line: string) => line.length <= n;

describe('packLines', () => {
  test('fills each line with as many words as fit before starting the next', () => {
    expect(packLines(['Hang', 'Seng', 'Tech', 'Index'], upTo(9))).toEqual(['Hang Seng', 'Tech', 'Index']);
    expect(packLines(['Hang', 'Seng', 'Tech', 'Index'], upTo(10))).toEqual(['Hang Seng', 'Tech Index']);
  });

  test('gives a word that fits no line a line of its own', () => {
    expect(packLines(['a', 'Internationalisation', 'b'], upTo(5))).toEqual(['a', 'Internationalisation', 'b']);
  });

  test('asks whether the joined line fits, so the rule can be any measure', () => {
    const asked: string[] = [];
    packLines(['one', 'two', 'three'], (line) => {
      asked.push(line);
      return line.length <= 7;
    });
    expect(asked).toEqual(['one two', 'one two three']);
  });

  test('packs no words into no lines', () => {
    expect(packLines([], upTo(5))).toEqual([]);
  });
});

describe('wrapCategoryLabel', () => {
  test('leaves a name that fits on one line as text', () => {
    expect(wrapCategoryLabel('Alibaba')).toBe('Alibaba');
    expect(wrapCategoryLabel('Tencent Inc.')).toBe('Tencent Inc.');
  });

  test('splits a long name between words into lines of at most twelve characters', () => {
    expect(wrapCategoryLabel('Hang Seng Tech Index')).toEqual(['Hang Seng', 'Tech Index']);
  });

  test('keeps a single long word whole, as text', () => {
    expect(wrapCategoryLabel('Internationalisation')).toBe('Internationalisation');
  });

  test('takes another line length', () => {
    expect(wrapCategoryLabel('Hang Seng Tech Index', 20)).toBe('Hang Seng Tech Index');
    expect(wrapCategoryLabel('Hang Seng Tech Index', 5)).toEqual(['Hang', 'Seng', 'Tech', 'Index']);
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
