import { describe, expect, test } from 'vitest';
import { buildChartConfig } from '../../../src/lib/chart/bar-chart.ts';
import { buildGroupedBarConfig } from '../../../src/lib/chart/grouped-bar-chart.ts';
import { buildTimeChartConfig } from '../../../src/lib/chart/time-chart.ts';
import { darkChartTheme } from '../../../src/lib/chart/chart-style.ts';
import {
  layoutOnly,
  layoutProblems,
  layoutSizes,
  screenChartWidths,
  textBoxes,
} from '../../../src/lib/images/check-layout.ts';
import { Chart, withChartCanvas } from '../../../src/lib/images/canvas.ts';
import { createCanvas } from '@napi-rs/canvas';
import { chartHeightRows, chartPictures } from '../../../src/lib/view/chart-view.ts';
import { shareImageChartSize } from '../../../src/lib/images/render-share-image.ts';
import { fitsACard } from '../../../src/lib/view/share-image-spec.ts';
import { tortureBars, tortureColumns, tortureGroups, tortureLines } from '../../fixtures/torture-charts.ts';

const torture = [
  { name: tortureBars.id, config: buildChartConfig(tortureBars), rows: chartHeightRows(tortureBars.rows.length) },
  { name: `${tortureBars.id} (dark)`, config: buildChartConfig(tortureBars, darkChartTheme), rows: 12 },
  { name: tortureGroups.id, config: buildGroupedBarConfig(tortureGroups), rows: 8 },
  { name: tortureColumns.id, config: buildTimeChartConfig(tortureColumns), rows: 6 },
  { name: tortureLines.id, config: buildTimeChartConfig(tortureLines), rows: 6 },
].map((chart) => ({
  ...chart,
  pictures: chartPictures('/charts/torture', chart.config, chart.rows),
  // A share card with a two-line title and subtitle, the most a card gives its words.
  share: !fitsACard(chart.config)
    ? undefined
    : shareImageChartSize({
        title: 'A briefing section title long enough to take both of the lines a share card gives it',
        subtitle: 'A subtitle as long as a standfirst can be on a card, also taking the two lines it is given there',
        chart: chart.config,
      }),
}));

describe('layoutSizes', () => {
  test('draws every chart on four screens, in print and, when it has one, in the share image', () => {
    const sizes = layoutSizes(chartPictures('/x', buildChartConfig(tortureBars), 5), { width: 714, height: 250 });
    expect(sizes.map((s) => s.name)).toEqual([
      'a 320 px screen',
      'a 390 px screen',
      'a 768 px screen',
      'a 1366 px screen',
      'the print picture',
      'the share image',
    ]);
    expect(sizes.map((s) => s.narrow)).toEqual([true, true, false, false, false, false]);
    // Wide boxes are as tall as the print picture; narrow ones as their narrow picture.
    expect(sizes.slice(2, 5).map((s) => s.height)).toEqual([310, 310, 310]);
    expect(sizes[0]!.height).toBeGreaterThan(310);
    expect(screenChartWidths.map((s) => s.width)).toEqual([273, 340, 653, 729]);
  });
});

describe('layoutProblems on the torture set', () => {
  test.each(
    torture.flatMap((chart) =>
      layoutSizes(chart.pictures, chart.share).map((size) => [chart.name, size.name, chart, size] as const),
    ),
  )('%s reads well on %s', (_name, _size, chart, size) => {
    expect(layoutProblems(chart.config, size)).toEqual([]);
  });
});

describe('layoutProblems finds what a reader would see', () => {
  const base = tortureBars.rows[1]!;
  const narrow = { name: 'a 320 px screen', width: 273, height: 166, narrow: true };
  /** Two bars: the one given, beside a plain one named "Sample". */
  const twoBars = (first: Partial<typeof base>) =>
    buildChartConfig({
      ...tortureBars,
      rows: [
        { ...base, ...first },
        { ...base, id: 'b', label: 'Sample' },
      ],
    });

  test('a name with no space to break at, wider than a phone, is cut at the edge', () => {
    const name = 'Examplecorporationinternationalcommerceandlogistics';
    const config = twoBars({ label: name });
    expect(layoutProblems(config, narrow)).toEqual([`“${name}” is cut at the edge`]);
  });

  test('a value too long for a phone, printed on its name line, is cut at the edge', () => {
    const display = 'US$0.3 million, the lowest of the companies the report compares';
    const config = twoBars({ display });
    expect(layoutProblems(config, narrow)).toEqual([`“${display}” is cut at the edge`]);
  });

  test('a value label too long for any bar squeezes the plot below a usable width', () => {
    const display = 'US$0.3 million, the lowest of the companies the report compares in its survey of the year';
    const config = twoBars({ display });
    expect(layoutProblems(config, { name: 'a 768 px screen', width: 653, height: 166, narrow: false })).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^the bars have \d+ px to be compared in, fewer than 196: shorten the longest value label or category name$/,
        ),
      ]),
    );
  });

  test('on a phone a name spans the width it was fitted to, even where the axis runs below zero', () => {
    // The highlighted name and its value fit on one line only with the whole width: names once
    // started where the plot does, right of half the "−100" tick label, and ran into their value.
    const name = 'Sample Inc net profit change';
    const config = buildChartConfig({
      ...tortureBars,
      axisTitle: 'Percent',
      rows: [
        { ...base, id: 'a', label: 'Cloud revenue growth', value: 34, display: '34%' },
        { ...base, id: 'b', label: name, value: -52, display: '−52%', highlight: true },
        { ...base, id: 'c', label: 'Sample Co adjusted EBITA change', value: -78, display: '−78%' },
      ],
    });
    const size = { ...narrow, height: 300 };
    expect(layoutProblems(config, size)).toEqual([]);
    const boxes = withChartCanvas(config, size, (canvas) =>
      textBoxes(Chart.getChart(canvas as unknown as HTMLCanvasElement)!),
    );
    const line = boxes.filter((box) => box.text === name || box.text === '−52%');
    expect(line.map((box) => box.text)).toEqual([name, '−52%']);
    expect(line[0]!.left).toBe(2);
    expect(line[1]!.right).toBeCloseTo(size.width - 2, 0);
    expect(line[0]!.right).toBeLessThan(line[1]!.left);
    expect(boxes.find((box) => box.text === '−100')?.left).toBeGreaterThan(2);
  });

  test('on a phone, names and the values on their lines are drawn over a rim of the page colour', () => {
    const config = buildChartConfig({
      ...tortureBars,
      rows: [
        { ...base, id: 'a', label: 'Cloud revenue growth', value: 34, display: '34%' },
        { ...base, id: 'b', label: 'Net profit change', value: -52, display: '−52%' },
      ],
    });
    type StrokeText = (this: CanvasRenderingContext2D, text: string, ...rest: unknown[]) => void;
    const context = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d')) as { strokeText: StrokeText };
    const strokeText = context.strokeText;
    const rimmed = (narrow: boolean) => {
      const drawn: { text: string; colour: string }[] = [];
      context.strokeText = function (this: CanvasRenderingContext2D, text: string, ...rest: unknown[]) {
        drawn.push({ text, colour: String(this.strokeStyle) });
        return strokeText.call(this, text, ...rest);
      };
      try {
        withChartCanvas(config, { width: narrow ? 273 : 653, height: 300, narrow }, () => undefined);
      } finally {
        context.strokeText = strokeText;
      }
      return drawn;
    };
    expect(rimmed(true)).toEqual(
      ['Cloud revenue growth', '34%', 'Net profit change', '−52%'].map((text) => ({ text, colour: '#ffffff' })),
    );
    // Beside the bars, names are ticks and values sit past the bars' ends, clear of the lines.
    expect(rimmed(false)).toEqual([]);
  });

  test('twelve bars in the height of two run their names into each other', () => {
    const problems = layoutProblems(buildChartConfig(tortureBars), { ...narrow, height: 166 });
    expect(problems.some((p) => / runs into /.test(p))).toBe(true);
  });
});

describe('the check lays charts out without painting them', () => {
  const size = { name: 'a 320 px screen', width: 273, height: 400, narrow: true };
  /** The text boxes of a chart drawn at `size`, and whether any pixel of its canvas was painted. */
  const laidOut = (config: (typeof torture)[number]['config']) =>
    withChartCanvas(config, size, (canvas) => ({
      boxes: textBoxes(Chart.getChart(canvas as unknown as HTMLCanvasElement)!),
      painted: canvas
        .getContext('2d')
        .getImageData(0, 0, canvas.width, canvas.height)
        .data.some((byte) => byte !== 0),
    }));

  test.each(torture.map((chart) => [chart.name, chart] as const))(
    '%s: every label is placed as on a painted chart, and nothing is painted',
    (_name, chart) => {
      const painted = laidOut(chart.config);
      const unpainted = laidOut({ ...chart.config, plugins: [layoutOnly] });
      expect(painted.painted).toBe(true);
      expect(unpainted.painted).toBe(false);
      expect(unpainted.boxes).toEqual(painted.boxes);
      expect(unpainted.boxes.length).toBeGreaterThan(0);
    },
  );
});
