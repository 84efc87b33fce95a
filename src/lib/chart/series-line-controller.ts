import {
  BarController,
  type BarControllerChartOptions,
  type BarControllerDatasetOptions,
  type CartesianScaleTypeRegistry,
} from 'chart.js';
import type { SeriesMarker } from './chart-style.ts';

/** What a line series adds to a dataset: its dash and marker, so lines differ in more than colour. */
export interface SeriesLineDatasetOptions {
  borderDash: number[];
  marker: SeriesMarker;
}

declare module 'chart.js' {
  interface ChartTypeRegistry {
    seriesLine: {
      chartOptions: BarControllerChartOptions;
      datasetOptions: BarControllerDatasetOptions & SeriesLineDatasetOptions;
      defaultDataPoint: number | [number, number] | null;
      metaExtensions: object;
      parsedDataType: { x: number; y: number };
      scales: keyof CartesianScaleTypeRegistry;
    };
  }
}

const radius = 5;

/** Draws one marker shape centred on (x, y). */
function marker(ctx: CanvasRenderingContext2D, shape: SeriesMarker, x: number, y: number): void {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, radius, 0, Math.PI * 2);
      break;
    case 'square':
      ctx.rect(x - radius, y - radius, radius * 2, radius * 2);
      break;
    case 'triangle':
      ctx.moveTo(x, y - radius * 1.2);
      ctx.lineTo(x + radius * 1.15, y + radius * 0.85);
      ctx.lineTo(x - radius * 1.15, y + radius * 0.85);
      break;
    case 'diamond':
      ctx.moveTo(x, y - radius * 1.3);
      ctx.lineTo(x + radius * 1.3, y);
      ctx.lineTo(x, y + radius * 1.3);
      ctx.lineTo(x - radius * 1.3, y);
      break;
  }
  ctx.closePath();
  ctx.fill();
}

/**
 * A line chart drawn on the bar controller's layout: each value's position is where its column's
 * top would be, joined by a dashed or solid line with a marker per value. It is the project's own
 * because Chart.js ships as one module: importing its LineController would put the line code in
 * the bundle every bar chart loads, while this file loads only on pages that draw a line.
 */
export class SeriesLineController extends BarController {
  static override id = 'seriesLine';

  // Chart.js merges these over the bar controller's defaults (and inherits its scale overrides):
  // one position per period, whatever the number of series.
  static override defaults = { grouped: false };

  override draw(): void {
    const { ctx, chartArea } = this.chart;
    const meta = this._cachedMeta;
    const dataset = this.getDataset() as unknown as {
      borderColor: string;
      borderDash?: number[];
      marker?: SeriesMarker;
    };
    const axis = meta.vScale?.axis ?? 'y';
    const points = meta.data.map((element, i): { x: number; y: number; span?: [number, number] } | null => {
      const value = (this.getParsed(i) as unknown as Record<string, number | null>)[axis];
      if (value === null || value === undefined || Number.isNaN(value)) return null;
      // A range is parsed as a floating bar: its element runs from `base` (one end) to `y` (the other).
      const { x, y, base } = element as unknown as { x: number; y: number; base: number };
      const range = Array.isArray(this.getDataset().data[i]);
      return range ? { x, y: (y + base) / 2, span: [Math.min(y, base), Math.max(y, base)] } : { x, y };
    });
    ctx.save();
    ctx.beginPath();
    ctx.rect(chartArea.left, chartArea.top - radius * 2, chartArea.width, chartArea.height + radius * 4);
    ctx.clip();
    ctx.strokeStyle = dataset.borderColor;
    ctx.fillStyle = dataset.borderColor;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(dataset.borderDash ?? []);
    ctx.beginPath();
    let drawing = false;
    for (const point of points) {
      // A period without a figure leaves a gap rather than a line across it.
      if (!point) drawing = false;
      else if (drawing) ctx.lineTo(point.x, point.y);
      else {
        ctx.moveTo(point.x, point.y);
        drawing = true;
      }
    }
    ctx.stroke();
    ctx.setLineDash([]);
    for (const point of points) {
      if (!point) continue;
      if (point.span) {
        // A range is drawn as what it is, a span between its ends with a cap at each, and no
        // marker: a marker at its middle would read as a value the source never gave.
        const [top, bottom] = point.span;
        ctx.beginPath();
        ctx.moveTo(point.x, top);
        ctx.lineTo(point.x, bottom);
        for (const end of [top, bottom]) {
          ctx.moveTo(point.x - radius, end);
          ctx.lineTo(point.x + radius, end);
        }
        ctx.stroke();
      } else marker(ctx, dataset.marker ?? 'circle', point.x, point.y);
    }
    ctx.restore();
  }
}

/** What a line chart adds to `chartRegistrables`: loaded by the browser only on pages with a line chart. */
export const lineRegistrables = [SeriesLineController] as const;
