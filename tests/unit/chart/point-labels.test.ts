import { describe, expect, test } from 'vitest';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { placeValueLabels, type ValueLabelOptions } from '../../../src/lib/chart/value-labels.ts';
import { Chart, withChartCanvas } from '../../../src/lib/images/canvas.ts';
import { tortureColumns, tortureLines } from '../../fixtures/torture-charts.ts';

/** The labels placed on a chart over time drawn at this width. */
function placed(config: ReturnType<typeof buildTimeChartConfig>, width: number) {
  return withChartCanvas(config, { width, height: 358 }, (canvas) => {
    const chart = Chart.getChart(canvas as unknown as HTMLCanvasElement)!;
    return { labels: placeValueLabels(chart, chart.options.plugins!.valueLabels as ValueLabelOptions), chart };
  });
}

describe('placePointLabels (through placeValueLabels)', () => {
  test('prints every value when there is room, above a column and below a falling one', () => {
    const { labels } = placed(buildTimeChartConfig(tortureColumns), 1_366);
    expect(labels.map((l) => l.text)).toHaveLength(9);
    const fall = labels.find((l) => l.text === '−CN¥8.7 billion')!;
    expect(fall.baseline).toBe('top');
    expect(labels.find((l) => l.text === 'CN¥48.9 billion')!.baseline).toBe('bottom');
  });

  test('on a phone, leaves out labels that would cover others, keeping the emphasised, last and first', () => {
    const { labels } = placed(buildTimeChartConfig(tortureColumns), 273);
    const texts = labels.map((l) => l.text);
    expect(texts.length).toBeLessThan(9);
    expect(texts).toEqual(expect.arrayContaining(['CN¥48.9 billion', 'CN¥5.4 billion', 'CN¥35.1 billion']));
    labels.forEach((a, i) =>
      labels.slice(i + 1).forEach((b) => {
        const apart =
          a.box.right <= b.box.left ||
          b.box.right <= a.box.left ||
          a.box.bottom <= b.box.top ||
          b.box.bottom <= a.box.top;
        expect(apart, `${a.text} and ${b.text}`).toBe(true);
      }),
    );
  });

  test('keeps a label wider than its column on the canvas and clear of the value axis', () => {
    const { labels, chart } = placed(buildTimeChartConfig(tortureLines), 273);
    for (const label of labels) {
      expect(label.box.left, label.text).toBeGreaterThanOrEqual(chart.chartArea.left - 0.5);
      expect(label.box.right, label.text).toBeLessThanOrEqual(273);
    }
  });
});
