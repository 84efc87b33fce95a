import { describe, expect, test } from 'vitest';
import { fitChart, niceAxis, packLines, tickFormatter, type FitOptions } from '../../../src/lib/chart/fit-layout.ts';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { buildGroupedBarConfig } from '../../../src/lib/chart/grouped-bar-chart.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import type { ValueLabelOptions } from '../../../src/lib/chart/value-labels.ts';
import { chartFontFamily, measureText } from '../../../src/lib/images/canvas.ts';
import { tortureBars, tortureColumns, tortureGroups } from '../../fixtures/torture-charts.ts';

const upTo = (n: number) => (line: string) => line.length <= n;
const at = (width: number, narrow: boolean, height = 646): FitOptions => ({
  width,
  height,
  narrow,
  measure: measureText,
  family: chartFontFamily,
});
type Options = {
  layout: { padding: { right: number } };
  scales: Record<
    string,
    {
      min: number;
      max: number;
      beginAtZero: boolean;
      ticks: { display?: boolean; stepSize: number; callback: (v: number) => string; font?: { size: number } };
    }
  >;
  plugins: { valueLabels: ValueLabelOptions };
};
const optionsOf = (config: { options?: unknown }) => config.options as Options;

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

describe('tickFormatter', () => {
  test('prints a true minus, as the value labels do, and the locale’s grouping', () => {
    expect(tickFormatter('en-GB', 20)(-80)).toBe('−80');
    expect(tickFormatter('en-GB', 1_000)(4_000)).toBe('4,000');
    expect(tickFormatter('en-GB', 2.5)(7.5)).toBe('7.5');
    expect(tickFormatter('en-GB', 0.25)(-0.75)).toBe('−0.75');
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

describe('fitChart: horizontal bars', () => {
  const bars = buildChartConfig(tortureBars);

  test('leaves the configuration it was given as it was', () => {
    const before = structuredClone(bars);
    fitChart(bars, at(273, true));
    expect(bars).toStrictEqual(before);
  });

  test('keeps room right of the plot for every value label it prints outside, measured', () => {
    for (const width of [653, 729]) {
      const fitted = fitChart(bars, at(width, false));
      const { layout, plugins } = optionsOf(fitted);
      const outside = plugins.valueLabels.labels[0]!.filter((label, i) => label && !plugins.valueLabels.inside![0]![i]);
      const widest = Math.max(...outside.map((label) => measureText(label!, `400 13px ${chartFontFamily}`)));
      expect(outside.length).toBeGreaterThan(0);
      // The widest label may end short of the edge only when its bar does too.
      expect(layout.padding.right).toBeGreaterThan(8);
      expect(layout.padding.right).toBeLessThanOrEqual(widest + 20);
    }
  });

  test('ends the value axis on round ticks that take in every bar and both ends of the range', () => {
    const { x } = optionsOf(fitChart(bars, at(729, false))).scales;
    expect(x!.max).toBeGreaterThan(4_012.5);
    expect(x!.min).toBeLessThan(-1_250);
    expect(Number.isInteger(x!.max / x!.ticks.stepSize)).toBe(true);
    expect(Number.isInteger(Math.round((x!.min / x!.ticks.stepSize) * 1e6) / 1e6)).toBe(true);
    expect(x!.ticks.callback(-1_000)).toBe('−1,000');
  });

  test('beside the bars on wide screens, wraps long names to a third of the width', () => {
    const fitted = fitChart(bars, at(729, false));
    const first = fitted.data.labels![0] as string[];
    expect(first.join(' ')).toBe(tortureBars.rows[0]!.label);
    for (const line of first) expect(measureText(line, `400 13px ${chartFontFamily}`)).toBeLessThanOrEqual(729 / 3);
  });

  test('on narrow screens, lifts names above their bars, each value on its name line or one of its own', () => {
    const fitted = fitChart(bars, at(273, true));
    const { scales, plugins, layout } = optionsOf(fitted);
    expect(scales.y!.ticks.display).toBe(false);
    const names = plugins.valueLabels.categoryLines!;
    expect(names.map((lines) => lines.filter(Boolean).join(' '))).toEqual(tortureBars.rows.map((r) => r.label));
    // The sixty-character name takes two lines and its value a third; "Sample Inc" shares its line.
    expect(names[0]).toEqual(['Example Holdings international', 'commerce and logistics segment', '']);
    expect(names[1]).toEqual(['Sample Inc']);
    expect(plugins.valueLabels.categoryValues).toEqual(
      buildChartConfig(tortureBars).options!.plugins!.valueLabels!.labels![0],
    );
    const slots = Math.max(...names.map((n) => n.length));
    // An empty series per line, first, with no labels of its own; no value beside a bar.
    expect(fitted.data.datasets.length).toBe(1 + slots);
    expect(fitted.data.datasets.slice(0, slots).every((d) => d.data.every((v) => v === null))).toBe(true);
    expect(plugins.valueLabels.labels.flat().every((l) => l === null)).toBe(true);
    expect(plugins.valueLabels.bold).toEqual([slots, 0]);
    // The bars take the width, less the room a floor's open end needs.
    expect(layout.padding.right).toBe(17);
  });

  test('on narrow screens, bars several a category keep their values at their ends', () => {
    const fitted = fitChart(buildGroupedBarConfig(tortureGroups), at(273, true));
    const { plugins } = optionsOf(fitted);
    expect(plugins.valueLabels.categoryValues).toBeUndefined();
    expect(plugins.valueLabels.labels.flat().filter(Boolean).length).toBe(12);
  });

  test('does not start at zero when every bar floats (ranges only), so a narrow range is no sliver', () => {
    const ranges = {
      ...tortureBars,
      rows: tortureBars.rows
        .filter((r) => r.kind === 'range')
        .concat({ ...tortureBars.rows[3]!, id: 'b', value: [890, 900] }),
    };
    const { x } = optionsOf(fitChart(buildChartConfig(ranges), at(729, false))).scales;
    expect(x!.min).toBeGreaterThan(0);
    expect(x!.beginAtZero).toBe(false);
  });

  test('prints a label inside a long bar when outside would squeeze the plot, in a colour that reads on it', () => {
    const long = (label: string, value: number, highlight: boolean) => ({
      ...tortureBars.rows[1]!,
      id: label,
      label,
      value,
      display: `US$${value} million, year to March`,
      highlight,
    });
    const config = buildChartConfig({
      ...tortureBars,
      rows: [long('Example Corp', 100, true), long('Sample Inc', 95, false)],
    });
    const fitted = fitChart(config, at(400, false));
    const { plugins, layout } = optionsOf(fitted);
    // Both labels sit inside their bars: white on the highlight blue, the plot keeps its width.
    expect(plugins.valueLabels.inside!.flat().filter(Boolean)).toEqual(['#ffffff', '#ffffff']);
    expect(layout.padding.right).toBe(8);
    // Outside, the same labels on short bars would need room: they stay outside, on one line each.
    const short = buildChartConfig({
      ...tortureBars,
      rows: [long('Example Corp', 100, true), long('Sample Inc', 5, false)],
    });
    const fittedShort = optionsOf(fitChart(short, at(729, false)));
    expect(fittedShort.plugins.valueLabels.inside!.flat()[1]).toBeNull();
  });

  test('puts the basis of a label too long to sit outside on a second line', () => {
    const fitted = fitChart(buildGroupedBarConfig(tortureGroups), at(273, true));
    const labels = optionsOf(fitted).plugins.valueLabels.labels.flat();
    expect(labels).toContain('CN¥37.5–38.3 billion\n(estimate)');
    expect(labels).toContain('CN¥39.8 billion');
  });
});

describe('fitChart: columns and lines', () => {
  test('wraps period names before the year and prints them smaller when they cannot sit side by side', () => {
    const fitted = fitChart(buildTimeChartConfig(tortureColumns), at(273, true));
    expect(fitted.data.labels![0]).toEqual(['Jan–Mar', '2023']);
    expect(optionsOf(fitted).scales.x!.ticks).toMatchObject({ autoSkip: true, maxRotation: 0, font: { size: 12 } });
    const wide = fitChart(buildTimeChartConfig(tortureColumns), at(1_400, false));
    expect(wide.data.labels![0]).toBe('Jan–Mar 2023');
  });

  test('leaves headroom above the tallest column for its label, and ends on a round tick', () => {
    const { y } = optionsOf(fitChart(buildTimeChartConfig(tortureColumns), at(653, false))).scales;
    expect(y!.max).toBeGreaterThan(48.9);
    expect(y!.min).toBeLessThan(-8.7);
    expect(Number.isInteger(Math.round((y!.max / y!.ticks.stepSize) * 1e6) / 1e6)).toBe(true);
  });
});
