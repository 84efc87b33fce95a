import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart-registry.ts';

/** Draws one chart from the configuration `src/lib/build-chart-config.ts` serialised into the page. */
function draw(canvas: HTMLCanvasElement): void {
  if (Chart.getChart(canvas) || !canvas.dataset.chart) return;
  const config = JSON.parse(canvas.dataset.chart) as ChartConfiguration;
  new Chart(canvas, config);
}

/** Draws each chart as it nears the viewport, so charts below the fold cost nothing at load. */
export function drawChartsWhenVisible(root: ParentNode): void {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')];
  if (!('IntersectionObserver' in window)) {
    canvases.forEach(draw);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        draw(entry.target as HTMLCanvasElement);
      }
    },
    { rootMargin: '200px 0px' },
  );
  canvases.forEach((canvas) => observer.observe(canvas));
}
