import { type Plugin, Chart, type ChartConfiguration } from 'chart.js';
import { createRequire } from 'node:module';
import { GlobalFonts, createCanvas, type Canvas } from '@napi-rs/canvas';
import { chartRegistrables } from '../chart/chart-registrables.ts';
import { fitChart } from '../chart/fit-layout.ts';
import { useTimeChartPieces } from '../chart/time-chart-pieces.ts';

/**
 * A per-chart plugin that fills the canvas before anything is drawn. In the page a chart is
 * transparent over the page colour; a PNG has no page under it, and a transparent PNG shows
 * whatever colour the viewer puts behind it (often black).
 */
export function chartBackground(colour: string): Plugin {
  return {
    id: 'imageBackground',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
}

/**
 * The family the bundled font is registered under. It is one word, so CSS font strings need no
 * quotes, and no system font's name, so the images can never silently use whatever fonts the
 * building machine happens to have: they look the same on every machine.
 */
export const chartFontFamily = 'BriefingSans';

/** DejaVu Sans from the `dejavu-fonts-ttf` npm package (Bitstream Vera licence; DejaVu changes public domain). */
const fontFiles = ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

/** Registers the regular and bold faces once per process; a missing or unreadable file stops the build. */
function registerFont(): void {
  if (GlobalFonts.has(chartFontFamily)) return;
  const require = createRequire(import.meta.url);
  for (const file of fontFiles) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), chartFontFamily)) {
      throw new Error(`Could not register the chart font ${file}`);
    }
  }
}

// The same pieces as the browser (`src/scripts/chart-registry.ts` and, for charts over time,
// `time-chart-registry.ts`), drawn in the bundled font.
registerFont();
Chart.register(...chartRegistrables);
useTimeChartPieces(Chart);
Chart.defaults.font.family = chartFontFamily;

export { Chart };

/** How a chart is drawn outside the browser. */
export interface ChartCanvasOptions {
  /** Size in CSS pixels: the size the chart is laid out at, as in a page. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel (the canvas is width × scale by height × scale); 1 by default. */
  scale?: number;
  /** Fill behind the chart; transparent when absent. */
  background?: string;
  /** Lays the chart out as a phone's screen does (category names above their bars). */
  narrow?: boolean;
}

/**
 * Canvases kept between pictures, to draw the next one on. A new canvas's pixels are fresh memory,
 * which the system hands over a page at a time on first touch (that took over a third of the time
 * of drawing a picture), and is released only when the garbage collector finalises the canvas;
 * resizing a kept canvas reuses the memory just released. A resized canvas is cleared and its
 * context reset, as in a browser.
 */
const spareCanvases: Canvas[] = [];

/** Lends a cleared canvas of `width` × `height` device pixels to `use`, and keeps it for the next picture. */
export function withCanvas<T>(width: number, height: number, use: (canvas: Canvas) => T): T {
  const canvas = spareCanvases.pop() ?? createCanvas(width, height);
  canvas.width = width;
  canvas.height = height;
  try {
    return use(canvas);
  } finally {
    spareCanvases.push(canvas);
  }
}

/** Text widths as the bundled font draws them. */
const measuring = createCanvas(1, 1).getContext('2d');
export function measureText(text: string, font: string): number {
  measuring.font = font;
  return measuring.measureText(text).width;
}

/**
 * Fits a config from a chart module to the canvas (`fitChart`) and draws it onto a fresh canvas and hands the canvas to `use` while
 * the drawing is on it: destroying a Chart clears its canvas, so the chart is destroyed only
 * after `use` has encoded or copied it. The config is deep-cloned first because Chart.js writes
 * into the config it is given (it patches the data arrays while it lives and turns animation off), and the
 * same config is also serialised into the page.
 */
export function withChartCanvas<T>(
  config: ChartConfiguration,
  options: ChartCanvasOptions,
  use: (canvas: Canvas) => T,
): T {
  const { width, height, scale = 1, background, narrow = false } = options;
  // A config's type, data and options are plain data (they are serialised into pages), so
  // fitting copies them whole; inline plugins are code, which Chart.js does not write to.
  const { plugins = [], ...data } = config;
  const own = fitChart(data as ChartConfiguration, {
    width,
    height,
    narrow,
    measure: measureText,
    family: chartFontFamily,
  });
  // Chart.js sizes the canvas itself (width × scale by height × scale).
  return withCanvas(width, height, (canvas) => {
    const chart = new Chart(canvas as unknown as HTMLCanvasElement, {
      ...own,
      plugins: [...(background ? [chartBackground(background)] : []), ...plugins],
      // Laid out once at the given size, drawn at once, at the requested pixel density.
      options: { ...own.options, responsive: false, animation: false, devicePixelRatio: scale },
    });
    try {
      return use(canvas);
    } finally {
      chart.destroy();
    }
  });
}
