import { Chart } from 'chart.js';
import { chartRegistrables } from '../lib/chart/chart-registrables.ts';

/** The page's system sans-serif stack, so chart text (ticks and value labels) matches the prose around it. */
export const browserChartFontFamily = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

// Only what the bar charts use, so the bundle carries no unused controllers, scales or plugins.
Chart.register(...chartRegistrables);
Chart.defaults.font.family = browserChartFontFamily;

export { Chart };
