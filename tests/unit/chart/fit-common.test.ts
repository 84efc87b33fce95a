import { describe, expect, test } from 'vitest';
import { Ticks, type Scale, type Tick } from 'chart.js';
import { groupedNumber, niceAxis, packLines, trueMinusTick } from '../../../src/lib/chart/fit-common.ts';
import { locale } from '../../../src/lib/model/format-number.ts';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { Chart, withChartCanvas } from '../../../src/lib/images/canvas.ts';
import { tortureBars } from '../../fixtures/torture-charts.ts';

const upTo = (n: number) => (line: string) => line.length <= n;

describe('niceAxis', () => {
  test('ends on a round tick past the data, never on the data itself', () => {
    expect(niceAxis(0, 248, 4)).toEqual({ min: 0, max: 300, step: 100 });
    expect(niceAxis(0, 31, 5)).toEqual({ min: 0, max: 40, step: 10 });
    expect(niceAxis(0, 1.76, 4)).toEqual({ min: 0, max: 2, step: 0.5 });
    expect(niceAxis(0, 4.55, 5)).toEqual({ min: 0, max: 5, step: 1 });
    expect(niceAxis(0, 3_740, 5)).toEqual({ min: 0, max: 4_000, step: 1_000 });
  });

  test('spans falls and rises, and a floating range without zero', () => {
    expect(niceAxis(-78, 34, 5)).toEqual({ min: -100, max: 50, step: 25 });
    expect(niceAxis(865, 900, 4)).toEqual({ min: 860, max: 900, step: 10 });
  });

  test('gives an axis to a chart whose values are all zero', () => {
    expect(niceAxis(0, 0, 4)).toEqual({ min: 0, max: 1, step: 0.25 });
  });
});

describe('trueMinusTick', () => {
  test('prints ticks as Chart.js does, in the locale, with a true minus as the value labels have', () => {
    const config = buildChartConfig(tortureBars);
    const ticks = withChartCanvas(config, { width: 729, height: 646 }, (canvas) =>
      Chart.getChart(canvas as unknown as HTMLCanvasElement)!.scales.x!.ticks.map((t) => String(t.label)),
    );
    expect(ticks).toContain('−2,000');
    expect(ticks).toContain('4,000');
    expect(ticks.some((t) => t.includes('-'))).toBe(false);
  });

  test('agrees with Chart.js on every axis niceAxis makes', () => {
    const scale = { chart: { options: { locale } }, options: { ticks: {} } } as unknown as Scale;
    const spans: [number, number][] = [
      [0, 248],
      [-78, 34],
      [0, 1.76],
      [865, 900],
      [0, 0],
      [-3.5, 12],
      [0, 3_740_000],
    ];
    for (const [low, high] of spans)
      for (const count of [3, 4, 5, 6]) {
        const axis = niceAxis(low, high, count);
        const ticks: Tick[] = [];
        for (let v = axis.min; v <= axis.max + 1e-9; v += axis.step) ticks.push({ value: Number(v.toFixed(10)) });
        for (const [i, tick] of ticks.entries())
          expect(trueMinusTick.call(scale, tick.value, i, ticks)).toBe(
            String(Ticks.formatters.numeric.call(scale, tick.value, i, ticks)).replace('-', '−'),
          );
      }
  });
});

describe('groupedNumber', () => {
  test('writes numbers as Intl does in the page locale, with a true minus', () => {
    const values = [0, 7, 12.5, 999, 1_000, -1_250.5, 3_740, 12_345_678.9, 0.25, -0.75, 1e15, -2_000];
    for (const value of values)
      for (const decimals of [0, 1, 2, 3])
        expect(groupedNumber(value, decimals)).toBe(
          new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
            .format(value)
            .replace('-', '−'),
        );
  });
});

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
