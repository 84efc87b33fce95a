import { describe, expect, test } from 'vitest';
import { briefingWithFigures } from '../../support/number-briefing.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { barLabel, buildChartConfig } from '../../../src/lib/chart/build-chart-config.ts';
import { chartRows, type ChartData } from '../../../src/lib/chart/chart-rows.ts';
import { wrapCategoryLabel } from '../../../src/lib/chart/wrap-category-label.ts';
import { darkChartTheme, lightChartTheme } from '../../../src/lib/chart/chart-theme.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const index = indexBriefing(minimal);
const data = (id: string): ChartData =>
  chartRows(
    minimal.charts.find((c) => c.id === id)!,
    index,
  );
const shares = data('share-gains');
const sales = data('sales-growth');

describe('buildChartConfig', () => {
  test('is pure: the same data gives an equal config and the data is left unchanged', () => {
    const before = structuredClone(shares);
    expect(buildChartConfig(shares)).toStrictEqual(buildChartConfig(data('share-gains')));
    expect(shares).toStrictEqual(before);
  });

  test('draws a horizontal bar chart', () => {
    const config = buildChartConfig(shares);
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
  });

  test("labels the categories with the rows' labels and the value axis with the unit", () => {
    const config = buildChartConfig(shares);
    expect(config.data.labels).toEqual(['Example Corp', 'Widget Index', 'Sample Inc', 'Demo Ltd']);
    expect(config.options?.scales?.x?.title).toMatchObject({ display: true, text: 'Percent' });
  });

  test('gives an unstated row no bar', () => {
    expect(buildChartConfig(shares).data.datasets[0]!.data).toEqual([40, 25, null, null]);
  });

  test('draws a bound as a translucent bar with a solid border', () => {
    const [dataset] = buildChartConfig(shares).data.datasets;
    const { highlight, neutral } = lightChartTheme;
    expect(dataset!.backgroundColor).toEqual([`${highlight}59`, neutral, neutral, neutral]);
    expect(dataset!.borderColor).toEqual([highlight, neutral, neutral, neutral]);
    expect(dataset!.borderWidth).toEqual([2, 0, 0, 0]);
  });

  test('colours the highlighted bar and the rest from the theme', () => {
    const [dataset] = buildChartConfig(sales, darkChartTheme).data.datasets;
    expect(dataset!.backgroundColor).toEqual([darkChartTheme.highlight, darkChartTheme.neutral]);
    expect(buildChartConfig(sales, darkChartTheme).options?.plugins?.barValueLabels?.color).toBe(darkChartTheme.text);
  });

  test('passes the value labels, with "more than" and "projected", to the value-label plugin', () => {
    expect(buildChartConfig(shares).options?.plugins?.barValueLabels).toEqual({
      labels: ['more than 40%', '25%', 'not stated (below Example Corp)', 'not stated (below Example Corp)'],
      highlightIndex: 0,
      color: lightChartTheme.text,
    });
    expect(buildChartConfig(sales).options?.plugins?.barValueLabels?.labels).toEqual([
      '12.5% (projected)',
      '8% (projected)',
    ]);
  });

  test('starts the value axis at zero and reaches the largest value', () => {
    expect(buildChartConfig(shares).options?.scales?.x).toMatchObject({ beginAtZero: true, max: 40 });
  });

  test('leaves room on the right for the longest label drawn at a bar end, up to a limit', () => {
    const room = (config: ReturnType<typeof buildChartConfig>) =>
      (config.options?.layout?.padding as { right: number }).right;
    expect(room(buildChartConfig(sales))).toBe(16 + 8 * '12.5% (projected)'.length);
    // Rows with no bar print their note from the axis, so the longest of those takes no room.
    const barLabels = shares.rows.filter((r) => r.value !== null).map((r) => barLabel(r).length);
    expect(room(buildChartConfig(shares))).toBe(16 + 8 * Math.max(...barLabels));
    const long = { ...sales, rows: sales.rows.map((r) => ({ ...r, display: `${r.display} ${'x'.repeat(40)}` })) };
    expect(room(buildChartConfig(long))).toBe(200);
  });

  test('splits long category names over two lines', () => {
    const config = buildChartConfig({
      ...sales,
      rows: sales.rows.map((r, i) => (i === 0 ? { ...r, label: 'Hang Seng Tech Index' } : r)),
    });
    expect(config.data.labels?.[0]).toEqual(['Hang Seng', 'Tech Index']);
    expect(wrapCategoryLabel('Alibaba five-year average P/E')).toEqual(['Alibaba', 'five-year', 'average P/E']);
    expect(wrapCategoryLabel('Baidu')).toBe('Baidu');
  });

  test('is JSON-serialisable without loss', () => {
    for (const chart of [shares, sales]) {
      const config = buildChartConfig(chart);
      expect(JSON.parse(JSON.stringify(config))).toStrictEqual(config);
    }
  });
});

describe('barLabel', () => {
  test('prints a reported exact value alone', () => {
    expect(barLabel(shares.rows[1]!)).toBe('25%');
  });

  test("keeps a bound's words and adds a non-reported basis", () => {
    expect(barLabel(shares.rows[0]!)).toBe('more than 40%');
    expect(barLabel(sales.rows[0]!)).toBe('12.5% (projected)');
  });

  test('says an unstated value is not stated, with the first part of its note', () => {
    expect(barLabel(shares.rows[3]!)).toBe('not stated (below Example Corp)');
  });
});

describe('buildChartConfig with bars both ways and ranges', () => {
  const moves = (() => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'rise', value: 32, quote: 'rose 32%' },
      { id: 'fall', value: -52, quote: 'fell 52%' },
      { id: 'guide', value: -1, to: 4, quote: 'from −1% to 4%' },
    ]);
    return chartRows(chart, indexBriefing(briefing));
  })();
  const config = buildChartConfig(moves);

  test('draws a fall as a negative bar and a range as a floating bar', () => {
    expect(config.data.datasets[0]!.data).toEqual([32, -52, [-1, 4]]);
  });

  test('reaches past the lowest bar, leaving room for its label left of it, and ends at the highest', () => {
    const x = config.options?.scales?.x as { max: number; suggestedMin: number };
    expect(x.max).toBe(32);
    const labelRoom = 16 + 8 * '−52%'.length;
    expect(x.suggestedMin).toBeCloseTo(-52 - 84 * (labelRoom / 280));
  });

  test('asks for a zero line when a bar goes below zero', () => {
    expect(config.options?.plugins?.barValueLabels?.zeroLine).toBe(lightChartTheme.text);
    expect(buildChartConfig(sales).options?.plugins?.barValueLabels).not.toHaveProperty('zeroLine');
  });

  test('prints a fall with its minus sign and a range with both ends', () => {
    expect(config.options?.plugins?.barValueLabels?.labels).toEqual(['32%', '−52%', '−1% – 4%']);
  });

  test('draws a range translucent with a border, like a bound', () => {
    expect(config.data.datasets[0]!.borderWidth).toEqual([0, 0, 2]);
  });

  test('ends the axis at zero when every bar falls', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'a', value: -12, quote: 'down 12%' },
      { id: 'b', value: -5, quote: 'down 5%' },
    ]);
    const falls = buildChartConfig(chartRows(chart, indexBriefing(briefing)));
    expect(falls.options?.scales?.x).toMatchObject({ max: 0 });
  });

  test('titles the axis with the scale and currency of amounts', () => {
    const { briefing, chart } = briefingWithFigures([
      { id: 'rev', unit: 'currency', currency: 'CNY', scale: 'billion', value: 280.2, quote: '280.2 billion yuan' },
      { id: 'est', unit: 'currency', currency: 'CNY', scale: 'billion', value: 277.4, quote: '277.4 billion yuan' },
    ]);
    const amounts = buildChartConfig(chartRows(chart, indexBriefing(briefing)));
    expect(amounts.options?.scales?.x?.title).toMatchObject({ text: 'Billion Chinese yuan' });
    expect(amounts.data.datasets[0]!.data).toEqual([280.2, 277.4]);
  });
});
