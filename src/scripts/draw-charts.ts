import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-registry.ts';
import { fitChart } from '../lib/chart/fit-layout.ts';
import { narrowQuery } from '../lib/chart/fit-common.ts';
import { isDark, onSchemeChange } from './color-scheme.ts';

const narrow = window.matchMedia(narrowQuery);
const measuring = document.createElement('canvas').getContext('2d')!;
const measure = (text: string, font: string) => {
  measuring.font = font;
  return measuring.measureText(text).width;
};
/** The width each chart was last fitted to. */
const fittedWidth = new WeakMap<HTMLCanvasElement, number>();

/**
 * Draws one chart from the configuration its chart kind's module in `src/lib/chart/` serialised into
 * the page, in the colours of the current scheme; redrawing replaces the previous chart.
 */
function draw(canvas: HTMLCanvasElement): void {
  const json = isDark() ? canvas.dataset.chartDark : canvas.dataset.chart;
  const box = canvas.parentElement;
  if (!json || !box) return;
  const width = box.clientWidth;
  fittedWidth.set(canvas, width);
  const config = fitChart(JSON.parse(json) as ChartConfiguration, {
    width,
    height: box.clientHeight,
    narrow: narrow.matches,
    measure,
    family: String(Chart.defaults.font.family),
  });
  Chart.getChart(canvas)?.destroy();
  // The canvas, hidden until now, takes the place (and the accessible name) of the picture.
  canvas.hidden = false;
  new Chart(canvas, config);
  box.classList.add('drawn');
}

/** Draws each chart as it nears the viewport, so charts below the fold cost nothing at load. */
export function drawChartsWhenVisible(root: ParentNode): void {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  // The canvas is hidden until drawn, so its box (showing the picture meanwhile) is what nears the viewport.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const canvas = entry.target.querySelector<HTMLCanvasElement>('canvas[data-chart]');
        // A task for each chart: charts that near the viewport together are drawn in turn, so a
        // tap or a keypress between two of them is answered at once.
        if (canvas) setTimeout(() => draw(canvas));
      }
    },
    { rootMargin: '200px 0px' },
  );
  canvases.forEach((canvas) => canvas.parentElement && observer.observe(canvas.parentElement));
  // Paper shows the charts' pictures, which load lazily on screen: fetch them all now.
  window.addEventListener('beforeprint', () => {
    for (const image of root.querySelectorAll<HTMLImageElement>('.chart-picture img')) image.loading = 'eager';
  });
  const drawn = () => canvases.filter((c) => Chart.getChart(c));
  // Charts already drawn follow the system colour scheme when it changes.
  onSchemeChange(() => {
    for (const canvas of drawn()) draw(canvas);
  });
  // A chart is laid out for its width: one whose box changed width is fitted again.
  let pending = 0;
  new ResizeObserver(() => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => {
      for (const canvas of drawn())
        if (canvas.parentElement && canvas.parentElement.clientWidth !== fittedWidth.get(canvas)) draw(canvas);
    });
  }).observe(document.documentElement);
}
