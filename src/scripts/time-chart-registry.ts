import { useTimeChartPieces } from '../lib/chart/time-chart-pieces.ts';
import { Chart } from './chart-registry.ts';

// Loaded by TimeChartScript.astro, before the chart script, only on pages with a chart over time.
useTimeChartPieces(Chart);
