import { describe, expect, test } from 'vitest';
import {
  barPaint,
  darkChartTheme,
  fillAlpha,
  lightChartTheme,
  seriesStyle,
  withAlpha,
} from '../../../src/lib/chart/chart-style.ts';

describe('seriesStyle', () => {
  test('gives each of the first four series its own colour, fill, dash and marker', () => {
    expect([0, 1, 2, 3].map((i) => seriesStyle(i, lightChartTheme))).toEqual([
      { color: '#0063a6', fill: 'solid', dash: [], marker: 'circle' },
      { color: '#b84a00', fill: 'outline', dash: [8, 4], marker: 'square' },
      { color: '#00785a', fill: 'light', dash: [2, 4], marker: 'triangle' },
      { color: '#a3468a', fill: 'solid', dash: [10, 4, 2, 4], marker: 'diamond' },
    ]);
  });

  test('starts over at the fifth series, in the colours of the theme asked for', () => {
    expect(seriesStyle(4, darkChartTheme)).toEqual({ color: '#56b4e9', fill: 'solid', dash: [], marker: 'circle' });
  });
});

describe('withAlpha', () => {
  test('appends the alpha as two hex digits', () => {
    expect(withAlpha('#0063a6', 1)).toBe('#0063a6ff');
    expect(withAlpha('#0063a6', 0.35)).toBe('#0063a659');
    expect(withAlpha('#0063a6', 0)).toBe('#0063a600');
  });
});

describe('barPaint', () => {
  test("paints an exact bar in its series' fill", () => {
    expect(barPaint('#0063a6', 'solid', { kind: 'exact' })).toEqual({ background: '#0063a6', border: 0 });
    expect(barPaint('#0063a6', 'light', { kind: 'exact' })).toEqual({ background: '#0063a699', border: 2 });
  });

  test('paints a floor as its series paints a measured bar: the bar up to it is certain', () => {
    expect(barPaint('#0063a6', 'solid', { kind: 'bound', lower: true })).toEqual({ background: '#0063a6', border: 0 });
  });

  test('paints a ceiling or a range pale with a strong edge, whatever its series fill', () => {
    expect(barPaint('#0063a6', 'solid', { kind: 'bound', lower: false })).toEqual({
      background: '#0063a659',
      border: 2,
    });
    expect(barPaint('#0063a6', 'solid', { kind: 'range' })).toEqual({ background: '#0063a659', border: 2 });
    expect(fillAlpha.outline).toBeLessThan(fillAlpha.light);
  });
});
