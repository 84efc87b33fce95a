import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { barValueLabels } from './bar-value-labels.ts';

/**
 * Every Chart.js piece the bar charts use, and nothing else: registered by the browser
 * (`chart-registry.ts`) and by the build's PNG renderer (`src/lib/images/register-chart-node.ts`), so
 * both draw a config with the same parts and the bundle carries no unused controllers or scales.
 */
export const chartRegistrables = [BarController, BarElement, CategoryScale, LinearScale, barValueLabels] as const;
