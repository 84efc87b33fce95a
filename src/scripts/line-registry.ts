import { lineRegistrables } from '../lib/chart/series-line-controller.ts';
import { Chart } from './chart-registry.ts';

// Imported on demand by draw-charts.ts, so pages without a line chart never load it.
Chart.register(...lineRegistrables);
