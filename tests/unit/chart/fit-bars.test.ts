import { describe, expect, test } from 'vitest';
import { fitChart } from '../../../src/lib/chart/fit-layout.ts';
import { fitAt, fittedOptions } from '../../support/fitting.ts';
import { chartFontFamily, measureText } from '../../../src/lib/images/canvas.ts';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { buildGroupedBarConfig } from '../../../src/lib/chart/grouped-bar-chart.ts';
import { narrowRows } from '../../../src/lib/chart/fit-bars.ts';
import { tortureBars, tortureGroups } from '../../fixtures/torture-charts.ts';

describe('fitBars, through fitChart', () => {
  const bars = buildChartConfig(tortureBars);

  test('leaves the configuration it was given as it was', () => {
    const before = structuredClone(bars);
    fitChart(bars, fitAt(273, true));
    expect(bars).toStrictEqual(before);
  });

  test('keeps room right of the plot for every value label it prints outside, measured', () => {
    for (const width of [653, 729]) {
      const fitted = fitChart(bars, fitAt(width, false));
      const { layout, plugins } = fittedOptions(fitted);
      const outside = plugins.valueLabels.labels[0]!.filter((label, i) => label && !plugins.valueLabels.inside![0]![i]);
      const widest = Math.max(...outside.map((label) => measureText(label!, `400 13px ${chartFontFamily}`)));
      expect(outside.length).toBeGreaterThan(0);
      // The widest label may end short of the edge only when its bar does too.
      expect(layout.padding.right).toBeGreaterThan(8);
      expect(layout.padding.right).toBeLessThanOrEqual(widest + 20);
    }
  });

  test('ends the value axis on round ticks that take in every bar and both ends of the range', () => {
    const { x } = fittedOptions(fitChart(bars, fitAt(729, false))).scales;
    expect(x!.max).toBeGreaterThan(4_012.5);
    expect(x!.min).toBeLessThan(-1_250);
    expect(Number.isInteger(x!.max / x!.ticks.stepSize)).toBe(true);
    expect(Number.isInteger(Math.round((x!.min / x!.ticks.stepSize) * 1e6) / 1e6)).toBe(true);
  });

  test('beside the bars on wide screens, wraps long names to a third of the width', () => {
    const fitted = fitChart(bars, fitAt(729, false));
    const first = fitted.data.labels![0] as string[];
    expect(first.join(' ')).toBe(tortureBars.rows[0]!.label);
    for (const line of first) expect(measureText(line, `400 13px ${chartFontFamily}`)).toBeLessThanOrEqual(729 / 3);
  });

  test('on narrow screens, lifts names above their bars, each value on its name line or one of its own', () => {
    const fitted = fitChart(bars, fitAt(273, true));
    const { scales, plugins, layout } = fittedOptions(fitted);
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
    const fitted = fitChart(buildGroupedBarConfig(tortureGroups), fitAt(273, true));
    const { plugins } = fittedOptions(fitted);
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
    const { x } = fittedOptions(fitChart(buildChartConfig(ranges), fitAt(729, false))).scales;
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
    const fitted = fitChart(config, fitAt(400, false));
    const { plugins, layout } = fittedOptions(fitted);
    // Both labels sit inside their bars: white on the highlight blue, the plot keeps its width.
    expect(plugins.valueLabels.inside!.flat().filter(Boolean)).toEqual(['#ffffff', '#ffffff']);
    expect(layout.padding.right).toBe(8);
    // Outside, the same labels on short bars would need room: they stay outside, on one line each.
    const short = buildChartConfig({
      ...tortureBars,
      rows: [long('Example Corp', 100, true), long('Sample Inc', 5, false)],
    });
    const fittedShort = fittedOptions(fitChart(short, fitAt(729, false)));
    expect(fittedShort.plugins.valueLabels.inside!.flat()[1]).toBeNull();
  });

  test('puts the basis of a label too long to sit outside on a second line', () => {
    const fitted = fitChart(buildGroupedBarConfig(tortureGroups), fitAt(273, true));
    const labels = fittedOptions(fitted).plugins.valueLabels.labels.flat();
    expect(labels).toContain('CN¥37.5–38.3 billion\n(estimate)');
    expect(labels).toContain('CN¥39.8 billion');
  });
});

describe('narrowRows', () => {
  const measure = { width: 273, measure: measureText, family: chartFontFamily };
  test('gives a phone the height of a line per name line and per bar', () => {
    // Twelve bars with names of up to two lines and values on lines of their own: the most rows there are.
    expect(narrowRows(buildChartConfig(tortureBars), 12, measure)).toBe(20);
    // Two short names, one bar each, each value on its name's line: the wide rows do.
    const two = { ...tortureBars, rows: [1, 9].map((i) => ({ ...tortureBars.rows[i]!, label: 'Sample' })) };
    expect(narrowRows(buildChartConfig(two), 2, measure)).toBe(2);
  });

  test('keeps the rows of columns and lines', () => {
    expect(narrowRows({ type: 'bar', data: { labels: ['a'], datasets: [] }, options: {} }, 6, measure)).toBe(6);
  });
});
