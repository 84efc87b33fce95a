import { useTimeChartFitting } from '../lib/chart/time-chart-pieces.ts';

// Loaded by TimeChartScript.astro, before the chart script, only on pages with a chart over time.
useTimeChartFitting();
