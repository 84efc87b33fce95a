import type { ChartTheme } from './chart-theme.ts';

/** The value axis: from zero, gridded, titled with the unit, scale and currency. */
export function valueAxis(theme: ChartTheme, title: string) {
  return {
    beginAtZero: true,
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.text },
    title: { display: true, text: title, color: theme.text },
  };
}

/** The category axis: no grid, and every category named however little room its name has. */
export function categoryAxis(theme: ChartTheme) {
  return {
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.text, font: { size: 13 }, autoSkip: false },
  };
}

/**
 * Pixels to leave beside the bars for the longest of these value labels (about 8 px a character
 * at 13 px bold, plus a gap), at most `max`.
 */
export function valueLabelRoom(labels: readonly string[], max: number): number {
  return Math.min(max, 16 + 8 * Math.max(0, ...labels.map((l) => l.length)));
}
