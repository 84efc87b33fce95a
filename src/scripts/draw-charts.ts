import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-registry.ts';

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

/**
 * Chart kinds that need Chart.js pieces beyond the bar pieces every page with a chart loads: each
 * is fetched the first time a chart of its kind is drawn, so a page loads only what it draws.
 */
const kindModules: Partial<Record<string, () => Promise<unknown>>> = {
  line: () => import('./line-registry.ts'),
};

/**
 * Draws one chart from the configuration its chart kind's module in `src/lib/chart/` serialised into
 * the page, in the colours of the current scheme; redrawing replaces the previous chart.
 */
async function draw(canvas: HTMLCanvasElement): Promise<void> {
  await kindModules[canvas.dataset.chartKind ?? '']?.();
  const json = dark.matches ? canvas.dataset.chartDark : canvas.dataset.chart;
  if (!json) return;
  const config = JSON.parse(json) as ChartConfiguration;
  if (reducedMotion.matches) config.options = { ...config.options, animation: false };
  Chart.getChart(canvas)?.destroy();
  new Chart(canvas, config);
}

/** Draws each chart as it nears the viewport, so charts below the fold cost nothing at load. */
export function drawChartsWhenVisible(root: ParentNode): void {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void draw(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  canvases.forEach((canvas) => observer.observe(canvas));
  // Paper shows the static chart images, which load lazily on screen: fetch them all now.
  window.addEventListener('beforeprint', () => {
    for (const image of root.querySelectorAll<HTMLImageElement>('img.chart-print')) image.loading = 'eager';
  });
  // Charts already drawn follow the system colour scheme when it changes.
  dark.addEventListener('change', () => {
    for (const canvas of canvases.filter((c) => Chart.getChart(c))) void draw(canvas);
  });
}
