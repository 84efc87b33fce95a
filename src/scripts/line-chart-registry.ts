import { lineRegistrables } from '../lib/chart/series-line-controller.ts';
import { Chart } from './chart-registry.ts';

// Loaded by LineChartScript.astro, before the chart script, only on pages that draw a line.
Chart.register(...lineRegistrables);
