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
    expect(barPaint('#0063a6', 'solid', 'exact')).toEqual({ background: '#0063a6', border: 0 });
    expect(barPaint('#0063a6', 'light', 'exact')).toEqual({ background: '#0063a699', border: 2 });
  });

  test('paints a bound or a range pale with a strong edge, whatever its series fill', () => {
    expect(barPaint('#0063a6', 'solid', 'bound')).toEqual({ background: '#0063a659', border: 2 });
    expect(barPaint('#0063a6', 'solid', 'range')).toEqual({ background: '#0063a659', border: 2 });
    expect(fillAlpha.outline).toBeLessThan(fillAlpha.light);
  });
});
