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
}

const overlaps = (a: PlacedText['box'], b: PlacedText['box']) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

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
  const place = (
    text: string,
    bold: boolean,
    color: string,
    x: number,
    y: number,
    align: CanvasTextAlign,
    baseline: CanvasTextBaseline,
  ): PlacedText => {
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
  const candidates: { placed: PlacedText; rank: number }[] = [];
  chart.data.datasets.forEach((dataset, d) => {
    chart.getDatasetMeta(d).data.forEach((element, i) => {
      const text = options.labels[d]?.[i];
      if (!text) return;
      const raw = dataset.data[i];
      const bold = options.bold?.[0] === d && options.bold[1] === i;
      const last = i === chart.data.labels!.length - 1;
      const rank = bold ? 0 : last ? 1 : i === 0 ? 2 : 3;
      const { x, y, base } = element as unknown as { x: number; y: number; base?: number };
      if (!(typeof raw === 'number' || Array.isArray(raw))) {
        // A row the source gives no number for prints its note from the axis.
        if (horizontal)
          candidates.push({ placed: place(text, bold, options.color, zero + labelGap, y, 'left', 'middle'), rank });
        return;
      }
      const value = raw as number | [number, number];
      const top = topOf(value);
      // A floating bar's `base` is one end and its head the other: a label goes past the outer one.
      const ends = (head: number) => (Array.isArray(value) && base !== undefined ? [head, base] : [head]);
      const insideColor = options.inside?.[d]?.[i];
      const open = options.lowerBounds?.[d]?.[i] ? openEndRoom : 0;
      if (horizontal && options.besideZero?.[d]?.[i]) {
        candidates.push({ placed: place(text, bold, options.color, zero + labelGap, y, 'left', 'middle'), rank });
        return;
      }
      if (horizontal) {
        const end = top < 0 ? Math.min(...ends(x)) : Math.max(...ends(x));
        const outward = top < 0 ? -1 : 1;
        const placed = insideColor
          ? place(text, bold, insideColor, end - outward * labelGap, y, top < 0 ? 'left' : 'right', 'middle')
          : place(
              text,
              bold,
              options.color,
              end + outward * (labelGap + open + options.offset),
              y,
              top < 0 ? 'right' : 'left',
              'middle',
            );
        candidates.push({ placed, rank });
        return;
      }
      // A line's point with another series above it at the same period takes its label below,
      // so labels of close values do not collide.
      const below =
        top < 0 ||
        (options.offset > 0 &&
          chart.data.datasets.some((other, o) => {
            const theirs = other.data[i];
            return (
              o !== d &&
              (typeof theirs === 'number' || Array.isArray(theirs)) &&
              topOf(theirs as number | [number, number]) > top
            );
          }));
      const gap = labelGap + options.offset + (below ? 0 : open);
      const py = below ? Math.max(...ends(y)) + gap : Math.min(...ends(y)) - gap;
      // A label wider than its column stays on the canvas, clear of the value axis's numbers.
      const half = place(text, bold, options.color, x, py, 'center', below ? 'top' : 'bottom');
      const shift = Math.max(0, chart.chartArea.left - half.box.left) - Math.max(0, half.box.right - (chart.width - 2));
      candidates.push({
        placed: shift ? place(text, bold, options.color, x + shift, py, 'center', below ? 'top' : 'bottom') : half,
        rank,
      });
    });
  });
  const kept: PlacedText[] = [];
  for (const { placed } of horizontal ? candidates : [...candidates].sort((a, b) => a.rank - b.rank))
    if (horizontal || !kept.some((k) => overlaps(k.box, placed.box))) kept.push(placed);
  // Narrow screens: each category's name sits over the first of its bars, in the room `fitChart`
  // left there, with its value on the same line at the right when it has one there.
  const slots = Math.max(0, ...(options.categoryLines ?? []).map((lines) => lines.length));
  options.categoryLines?.forEach((lines, i) => {
    const tops = chart.data.datasets.flatMap((_, d) => {
      const element = chart.getDatasetMeta(d).data[i] as unknown as { y: number; height: number } | undefined;
      return element && d >= slots ? [element.y - element.height / 2] : [];
    });
    const bottom = Math.min(...tops) - 3;
    const lineAt = (n: number) => bottom - (lines.length - 1 - n) * (labelSize + 3);
    lines.forEach((line, n) => {
      if (line) kept.push(place(line, true, options.color, chart.chartArea.left, lineAt(n), 'left', 'bottom'));
    });
    const value = options.categoryValues?.[i];
    if (!value) return;
    const bold = options.bold?.[1] === i;
    const last = lines.at(-1) === '' ? lines.length - 1 : 0;
    kept.push(place(value, bold, options.color, chart.width - 2, lineAt(last), 'right', 'bottom'));
  });
  return kept;
}

/** Draws the open end of a bar the source gives only a floor for: a chevron pointing on. */
function drawOpenEnd(ctx: CanvasRenderingContext2D, x: number, y: number, direction: 1 | -1, color: string): void {
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x + direction * 2, y - 5);
  ctx.lineTo(x + direction * 7, y);
  ctx.lineTo(x + direction * 2, y + 5);
  ctx.stroke();
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
    if (options.zeroLine) {
      ctx.strokeStyle = options.zeroLine;
      ctx.lineWidth = 1;
      ctx.beginPath();
      if (horizontal) {
        const x = chart.scales.x!.getPixelForValue(0);
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom);
      } else {
        const y = chart.scales.y!.getPixelForValue(0);
        ctx.moveTo(chartArea.left, y);
        ctx.lineTo(chartArea.right, y);
      }
      ctx.stroke();
    }
    chart.data.datasets.forEach((dataset, d) => {
      chart.getDatasetMeta(d).data.forEach((element, i) => {
        const value = dataset.data[i];
        if (!options.lowerBounds?.[d]?.[i] || typeof value !== 'number') return;
        const direction = value < 0 ? -1 : 1;
        const color = (dataset.borderColor as string | string[] | undefined) ?? options.color;
        const paint = Array.isArray(color) ? color[i]! : color;
        if (horizontal) drawOpenEnd(ctx, element.x, element.y, direction, paint);
        else {
          // The same chevron turned to point up (or down) past a column's top.
          ctx.save();
          ctx.translate(element.x, element.y);
          ctx.rotate(-Math.PI / 2);
          drawOpenEnd(ctx, 0, 0, direction, paint);
          ctx.restore();
        }
      });
    });
    for (const text of placeValueLabels(chart, options)) {
      ctx.font = text.font;
      ctx.fillStyle = text.color;
      ctx.textAlign = text.align;
      ctx.textBaseline = 'top';
      text.text.split('\n').forEach((line, n) => ctx.fillText(line, text.x, text.box.top + n * (labelSize + lineGap)));
    }
    ctx.restore();
  },
};
