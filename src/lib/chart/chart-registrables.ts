import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { valueLabels } from './value-labels.ts';

/**
 * The Chart.js pieces every chart kind uses (bars, columns and grouped bars draw with nothing
 * more), and nothing else: registered by the browser (`src/scripts/chart-registry.ts`) and by the
 * build's PNG renderer (`src/lib/images/canvas.ts`), so both draw a config with the
 * same parts and the bundle carries no unused controllers or scales. A kind that needs more has a
 * list of its own (`lineRegistrables` in `series-line-controller.ts`), loaded only where such a chart is drawn.
 */
export const chartRegistrables = [BarController, BarElement, CategoryScale, LinearScale, valueLabels] as const;
