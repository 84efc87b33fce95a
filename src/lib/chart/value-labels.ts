import type { Chart, Plugin, ChartType } from 'chart.js';

// Nothing here imports the number model: this plugin ships to the reader's browser.

/** The far end of a plotted value from zero's side: a range's end furthest up (or right). */
export const topOf = (value: number | [number, number]): number => (Array.isArray(value) ? Math.max(...value) : value);

/** The end nearest the bottom (or left): a range's low end, or the value itself. */
export const bottomOf = (value: number | [number, number]): number =>
  Array.isArray(value) ? Math.min(...value) : value;

/** Options of the value-label plugin, shared by every chart kind. */
export interface ValueLabelOptions {
  /** Per dataset, per point: the text printed at the bar's end or beside the point; null prints nothing. */
  labels: (string | null)[][];
  color: string;
  /**
   * Text on a solid bar, for a label printed inside it: the page colour, which every solid bar
   * colour of the theme meets at 4.5:1 (white on the light theme's, near-black on the dark's);
   * also the rim a `halo` text is drawn over.
   */
  onSolid: string;
  /** Extra room between a line's point and its label, for the marker. */
  offset: number;
  /** [dataset, point] of the label drawn bold, if any. */
  bold?: [number, number];
  /** Colour of the line drawn at zero when bars go both ways; absent when none goes below zero. */
  zeroLine?: string;
  /** Per dataset, per point: `lower` for a value the source gives only a floor for ("more than 25%"). */
  lowerBounds?: boolean[][];
  /** Set by `fitChart`: per dataset, per point, the colour of a label printed inside its bar's end. */
  inside?: (string | null)[][];
  /** Set by `fitChart`: per dataset, per point, a falling bar's label printed right of zero, where there is room. */
  besideZero?: boolean[][];
  /**
   * Set by `fitChart` on narrow screens: each category's name, in lines, printed above its bars in
   * the slots of the empty series put first for them.
   */
  categoryLines?: string[][];
  /**
   * Set by `fitChart` on narrow screens for charts of one bar a category: each value, printed on
   * its name's first line at the right (or on the name's last line, left empty for it).
   */
  categoryValues?: (string | null)[];
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends import('chart.js').ChartType> {
    valueLabels?: ValueLabelOptions & { _type?: TType };
  }
}

/** The size of value and category labels, in CSS pixels. */
export const labelSize = 13;
/** Space between a bar's end and its label. */
export const labelGap = 6;
/** Space between the lines of a label split in two. */
const lineGap = 2;
/** Room an open end takes beyond a bar the source gives only a floor for. */
export const openEndRoom = 9;

/** A piece of text as placed on the canvas, with the box it covers. */
export interface PlacedText {
  text: string;
  font: string;
  color: string;
  x: number;
  y: number;
  align: CanvasTextAlign;
  baseline: CanvasTextBaseline;
  box: { left: number; top: number; right: number; bottom: number };
  /**
   * Drawn over a rim of the page colour: a name above its bars on a phone, and the value on its
   * line, sit across the gridlines and the zero line, which the rim keeps out of the letters.
   */
  halo?: boolean;
}

/** Measures a label placed at (x, y) with this alignment: the box it covers. */
export type PlaceText = (
  text: string,
  bold: boolean,
  color: string,
  x: number,
  y: number,
  align: CanvasTextAlign,
  baseline: CanvasTextBaseline,
) => PlacedText;

/** Places the labels of columns and lines (`point-labels.ts`). */
export type PointLabelPlacer = (chart: Chart, options: ValueLabelOptions, place: PlaceText) => PlacedText[];

/**
 * How labels of columns and lines are placed, once given: the browser loads `point-labels.ts`
 * only on pages with a chart over time; the build's renderer gives it always.
 */
let pointLabels: PointLabelPlacer | undefined;

/** Gives `placeValueLabels` the placing of labels on columns and lines. */
export function placePointLabelsWith(placer: PointLabelPlacer): void {
  pointLabels = placer;
}

/**
 * Where every label goes: past a bar's end (inside it when `fitChart` found no room outside),
 * above a column or point (below a negative one, or below when another series is higher at that
 * period), and category names above their bars on narrow screens. On columns and lines a label
 * that would cover one already placed is left out, the emphasised, last and first first: the
 * table under the chart holds every value.
 */
export function placeValueLabels(chart: Chart, options: ValueLabelOptions): PlacedText[] {
  const { ctx } = chart;
  const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
  const family = chart.options.font?.family ?? 'sans-serif';
  const font = (bold: boolean) => `${bold ? '600' : '400'} ${labelSize}px ${family}`;
  const zero = (horizontal ? chart.scales.x : chart.scales.y)?.getPixelForValue(0) ?? 0;
  // A label `fitChart` split over two lines ("CN¥37.5 billion", "(estimate)") is centred on its bar.
  const place: PlaceText = (text, bold, color, x, y, align, baseline) => {
    ctx.font = font(bold);
    const lines = text.split('\n');
    const width = Math.max(...lines.map((line) => ctx.measureText(line).width));
    const height = lines.length * labelSize + (lines.length - 1) * lineGap;
    const left = align === 'left' ? x : align === 'right' ? x - width : x - width / 2;
    const top = baseline === 'top' ? y : baseline === 'bottom' ? y - height : y - height / 2;
    return {
      text,
      font: font(bold),
      color,
      x,
      y,
      align,
      baseline,
      box: { left, top, right: left + width, bottom: top + height },
    };
  };
  if (!horizontal) return pointLabels?.(chart, options, place) ?? [];
  const kept: PlacedText[] = [];
  chart.data.datasets.forEach((dataset, d) => {
    chart.getDatasetMeta(d).data.forEach((element, i) => {
      const text = options.labels[d]?.[i];
      if (!text) return;
      const raw = dataset.data[i];
      const bold = options.bold?.[0] === d && options.bold[1] === i;
      const { x, y, base } = element as unknown as { x: number; y: number; base?: number };
      // A row the source gives no number for prints its note from the axis, as does a falling
      // bar whose label `fitChart` moved right of zero.
      if (!(typeof raw === 'number' || Array.isArray(raw)) || options.besideZero?.[d]?.[i]) {
        kept.push(place(text, bold, options.color, zero + labelGap, y, 'left', 'middle'));
        return;
      }
      const value = raw as number | [number, number];
      const top = topOf(value);
      // A floating bar's `base` is one end and its head the other: a label goes past the outer one.
      const ends = Array.isArray(value) && base !== undefined ? [x, base] : [x];
      const end = top < 0 ? Math.min(...ends) : Math.max(...ends);
      const outward = top < 0 ? -1 : 1;
      const insideColor = options.inside?.[d]?.[i];
      const open = options.lowerBounds?.[d]?.[i] ? openEndRoom : 0;
      kept.push(
        insideColor
          ? place(text, bold, insideColor, end - outward * labelGap, y, top < 0 ? 'left' : 'right', 'middle')
          : place(
              text,
              bold,
              options.color,
              end + outward * (labelGap + open + options.offset),
              y,
              top < 0 ? 'right' : 'left',
              'middle',
            ),
      );
    });
  });
  // Narrow screens: each category's name sits over the first of its bars, in the room `fitChart`
  // left there, with its value on the same line at the right when it has one there. The line spans
  // the canvas, 2 px in from each edge, as it was fitted: the plot starts further right, by half its
  // first tick's label, more when the axis runs below zero ("−80").
  const slots = Math.max(0, ...(options.categoryLines ?? []).map((lines) => lines.length));
  options.categoryLines?.forEach((lines, i) => {
    const tops = chart.data.datasets.flatMap((_, d) => {
      const element = chart.getDatasetMeta(d).data[i] as unknown as { y: number; height: number } | undefined;
      return element && d >= slots ? [element.y - element.height / 2] : [];
    });
    const bottom = Math.min(...tops) - 3;
    const lineAt = (n: number) => bottom - (lines.length - 1 - n) * (labelSize + 3);
    lines.forEach((line, n) => {
      if (line) kept.push({ ...place(line, true, options.color, 2, lineAt(n), 'left', 'bottom'), halo: true });
    });
    const value = options.categoryValues?.[i];
    if (!value) return;
    const bold = options.bold?.[1] === i;
    const last = lines.at(-1) === '' ? lines.length - 1 : 0;
    kept.push({ ...place(value, bold, options.color, chart.width - 2, lineAt(last), 'right', 'bottom'), halo: true });
  });
  return kept;
}

/**
 * Prints every value beside its bar end or above its point, so numbers are read from the data
 * rather than estimated from bar lengths; draws the zero line when bars go both ways and an open
 * end past a bar that is only a floor. The text uses the chart's font family (the system font in
 * the browser, the bundled font in the build's pictures).
 */
export const valueLabels: Plugin<ChartType, ValueLabelOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart: Chart, _args, options) {
    if (!options.labels) return;
    const { ctx, chartArea } = chart;
    const horizontal = (chart.options as { indexAxis?: string }).indexAxis === 'y';
    ctx.save();
    // Unit steps along the value axis (right, or up the page) and across it.
    const [ux, uy] = horizontal ? [1, 0] : [0, -1];
    const line = (x0: number, y0: number, x1: number, y1: number) => {
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
    };
    if (options.zeroLine) {
      ctx.strokeStyle = options.zeroLine;
      ctx.lineWidth = 1;
      ctx.beginPath();
      const zero = (horizontal ? chart.scales.x : chart.scales.y)!.getPixelForValue(0);
      if (horizontal) line(zero, chartArea.top, zero, chartArea.bottom);
      else line(chartArea.left, zero, chartArea.right, zero);
      ctx.stroke();
    }
    // A floor's open end: a chevron past the bar's end, pointing on along the value axis.
    ctx.lineWidth = 2;
    chart.data.datasets.forEach((dataset, d) => {
      chart.getDatasetMeta(d).data.forEach(({ x, y }, i) => {
        const value = dataset.data[i];
        if (!options.lowerBounds?.[d]?.[i] || typeof value !== 'number') return;
        const on = value < 0 ? -1 : 1;
        const color = (dataset.borderColor as string | string[] | undefined) ?? options.color;
        ctx.strokeStyle = Array.isArray(color) ? color[i]! : color;
        ctx.beginPath();
        line(x + on * (2 * ux + 5 * uy), y + on * (2 * uy - 5 * ux), x + on * 7 * ux, y + on * 7 * uy);
        ctx.lineTo(x + on * (2 * ux - 5 * uy), y + on * (2 * uy + 5 * ux));
        ctx.stroke();
      });
    });
    ctx.strokeStyle = options.onSolid;
    ctx.lineWidth = 4;
    ctx.lineJoin = 'round';
    for (const text of placeValueLabels(chart, options)) {
      ctx.font = text.font;
      ctx.fillStyle = text.color;
      ctx.textAlign = text.align;
      ctx.textBaseline = 'top';
      text.text.split('\n').forEach((line, n) => {
        const y = text.box.top + n * (labelSize + lineGap);
        if (text.halo) ctx.strokeText(line, text.x, y);
        ctx.fillText(line, text.x, y);
      });
    }
    ctx.restore();
  },
};
