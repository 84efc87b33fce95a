import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';
import { barValueLabels } from './bar-value-labels.ts';

// Only what the bar charts use, so the bundle carries no unused controllers, scales or plugins.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, barValueLabels);

export { Chart };
