import type { Chart, ChartConfiguration, Plugin, Scale } from 'chart.js';
import { minPlotWidth, narrowestChartWidth } from '../chart/fit-common.ts';
import { placeValueLabels, type ValueLabelOptions } from '../chart/value-labels.ts';
import type { ChartPictures, ChartView } from '../view/chart-view.ts';
import { Chart as ChartJs, measureText, withChartCanvas } from './canvas.ts';

/** A size a chart is drawn at, named as a reader meets it. */
export interface LayoutSize {
  name: string;
  width: number;
  height: number;
  narrow: boolean;
}

/**
 * The chart column's width at the screen widths the layout check draws, as the page's CSS makes
 * it (a browser test measures them): a phone, a large phone, a tablet and a laptop.
 */
export const screenChartWidths = [
  { screen: 320, width: narrowestChartWidth, narrow: true },
  { screen: 390, width: 340, narrow: true },
  { screen: 768, width: 653, narrow: false },
  { screen: 1366, width: 729, narrow: false },
] as const;

/**
 * Every size a chart is drawn at: on the four screens (its box is as tall as its picture there),
 * in the print picture, and in the share image when it has one.
 */
export function layoutSizes(pictures: ChartPictures, share?: { width: number; height: number }): LayoutSize[] {
  const { wide, narrow } = pictures;
  return [
    ...screenChartWidths.map((s) => ({
      name: `a ${s.screen} px screen`,
      width: s.width,
      height: (s.narrow ? narrow : wide).light.height,
      narrow: s.narrow,
    })),
    { name: 'the print picture', width: wide.light.width, height: wide.light.height, narrow: false },
    ...(share ? [{ name: 'the share image', ...share, narrow: false }] : []),
  ];
}

type Box = { text: string; left: number; top: number; right: number; bottom: number };

const quoted = (text: string) => `“${text}”`;

/** The boxes of a scale's tick labels and title, as Chart.js placed them. */
function scaleBoxes(scale: Scale): Box[] {
  const boxes: Box[] = [];
  const options = scale.options as unknown as {
    display?: boolean;
    ticks: { display?: boolean };
    title: { display: boolean; text: string; font?: { size?: number } };
  };
  if (options.display !== false && options.ticks.display !== false) {
    for (const item of scale.getLabelItems()) {
      const lines = (Array.isArray(item.label) ? item.label : [item.label]).map(String);
      const font = item.font as { string: string; size: number; lineHeight: number };
      const [x, y] = item.options.translation as [number, number];
      const align = item.options.textAlign as CanvasTextAlign;
      const baseline = item.options.textBaseline as CanvasTextBaseline;
      lines.forEach((line, n) => {
        if (!line) return;
        const width = measureText(line, font.string);
        const left = align === 'right' ? x - width : align === 'center' ? x - width / 2 : x;
        const at = y + item.textOffset + n * font.lineHeight;
        const top = baseline === 'middle' ? at - font.size / 2 : baseline === 'bottom' ? at - font.size : at;
        boxes.push({ text: line, left, top, right: left + width, bottom: top + font.size });
      });
    }
  }
  const { title } = options;
  if (title.display && scale.isHorizontal()) {
    const size = title.font?.size ?? 12;
    const width = measureText(title.text, `${size}px ${ChartJs.defaults.font.family}`);
    const centre = (scale.left + scale.right) / 2;
    boxes.push({
      text: title.text,
      left: centre - width / 2,
      right: centre + width / 2,
      top: scale.bottom - 4 - size,
      bottom: scale.bottom - 4,
    });
  }
  return boxes;
}

/** Every piece of text on a drawn chart: ticks, axis titles, value labels and category names. */
export function textBoxes(chart: Chart): Box[] {
  const labels = chart.options.plugins?.valueLabels as ValueLabelOptions | undefined;
  return [
    ...Object.values(chart.scales).flatMap(scaleBoxes),
    ...(labels?.labels ? placeValueLabels(chart, labels).map((placed) => ({ text: placed.text, ...placed.box })) : []),
  ];
}

/** Cancels painting: a chart laid out with it places every scale and label but draws nothing. */
export const layoutOnly: Plugin = { id: 'layoutOnly', beforeDraw: () => false };

/**
 * What is wrong with a chart drawn at one size, in words an author can act on: text running into
 * other text, text cut at the picture's edge, and a plot too narrow to compare bars in. Empty when
 * the chart reads well.
 */
export function layoutProblems(config: ChartConfiguration, size: LayoutSize): string[] {
  // Only where Chart.js places things is read, so nothing is painted: painting took about half the check's time.
  const laidOutOnly = { ...config, plugins: [...(config.plugins ?? []), layoutOnly] };
  return withChartCanvas(laidOutOnly, size, (canvas) => {
    const chart = ChartJs.getChart(canvas as unknown as HTMLCanvasElement)!;
    const boxes = textBoxes(chart);
    const problems: string[] = [];
    // Half a pixel of slack: anti-aliasing, not a cut letter.
    const slack = 0.5;
    for (const box of boxes)
      if (box.left < -slack || box.top < -slack || box.right > size.width + slack || box.bottom > size.height + slack)
        problems.push(`${quoted(box.text)} is cut at the edge`);
    boxes.forEach((a, i) => {
      for (const b of boxes.slice(i + 1))
        if (
          a.left < b.right - slack &&
          b.left < a.right - slack &&
          a.top < b.bottom - slack &&
          b.top < a.bottom - slack
        )
          problems.push(`${quoted(a.text)} runs into ${quoted(b.text)}`);
    });
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
    const plot = horizontal ? chart.chartArea.width : chart.chartArea.height;
    const least = horizontal ? minPlotWidth(size.width) : 80;
    if (plot < least)
      problems.push(
        `the bars have ${Math.round(plot)} px to be compared in, fewer than ${Math.round(least)}: shorten the longest value label or category name`,
      );
    return problems;
  });
}

/** The job that checks a chart's layout at every size it is drawn at (light and dark lay out alike). */
export function layoutCheckJob(
  chart: Pick<ChartView, 'config' | 'pictures'>,
  share?: { width: number; height: number },
) {
  return { layoutCheck: chart.config, sizes: layoutSizes(chart.pictures, share) };
}

/** A layout check's answer as sentences, each led by `where` ("content/briefings/x.mdx: charts[2] …"). */
export function layoutCheckReport(answer: Buffer, where: string): string[] {
  const found = JSON.parse(answer.toString('utf8')) as { size: string; problems: string[] }[];
  return found.flatMap(({ size, problems }) => problems.map((problem) => `${where} on ${size}: ${problem}`));
}
