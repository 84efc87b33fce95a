import type { Figure, Scale, Unit } from '../../schemas/figure.ts';
import { magnitude, measures, scaleFactor, type FigureValue } from '../model/measures.ts';
import { locale } from '../model/format-number.ts';
import type { ChartTheme } from './chart-style.ts';

/** The scale a chart's axis is drawn in: that of its largest figure, so its bars read as written. */
export function chartScale(figures: readonly Figure[]): Scale | undefined {
  let largest: Figure | undefined;
  for (const f of figures)
    if (!largest || Math.abs(magnitude(f.to ?? f.value, f)) > Math.abs(magnitude(largest.to ?? largest.value, largest)))
      largest = f;
  return largest?.scale;
}

/**
 * A figure's number on a chart's axis: in the first figure's unit and the chart's scale, so basis
 * points stay basis points and 500 million sits at 0.5 on an axis in billions. A fraction is drawn
 * in percent, as the axis title says: "half" sits at 50.
 */
export function toAxis(n: number, figure: Figure, first: Figure | undefined, scale: Scale | undefined): number {
  const unitFactor = first && first.unit !== 'fraction' ? measures[first.unit].factor : 1;
  return Number((magnitude(n, figure) / unitFactor / scaleFactor(scale)).toPrecision(12));
}

const titles: Record<Exclude<Unit, 'currency'>, string> = {
  percent: 'Percent',
  fraction: 'Percent',
  'percentage-points': 'Percentage points',
  'basis-points': 'Basis points',
  multiple: 'Times earnings',
  year: 'Year',
  days: 'Days',
  weeks: 'Weeks',
  months: 'Months',
  quarters: 'Quarters',
  years: 'Years',
  count: 'Count',
};

/** A currency's plural name in the page's locale: "US dollars", "Chinese yuan", "euros". */
function currencyName(currency: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(
    2,
  );
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The value axis's title, with the scale and currency the bars are drawn in: "Billion Chinese
 * yuan", "US dollars per share", "Million downloads", "Percent".
 */
export function axisTitle(figure: Pick<FigureValue, 'unit' | 'currency' | 'per' | 'counts'>, scale?: Scale): string {
  // Currency names keep their capitals ("Chinese yuan"); the unit titles are lower-cased after a scale.
  const what =
    figure.unit === 'currency'
      ? currencyName(figure.currency ?? 'USD')
      : figure.unit === 'count' && figure.counts
        ? figure.counts
        : scale
          ? titles[figure.unit].toLowerCase()
          : titles[figure.unit];
  return capitalise(`${scale ? `${scale} ` : ''}${what}${figure.per ? ` per ${figure.per}` : ''}`);
}

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

/**
 * Packs words into lines greedily: each word joins the line before it while the joined line still
 * fits, and starts a new line when it does not. What "fits" means (characters, pixels) is the caller's.
 */
export function packLines(words: readonly string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * Splits a long category name into lines of at most `maxLine` characters where words allow
 * (Chart.js draws an array as one line each), so bar charts keep room for their bars on narrow
 * screens: "Hang Seng Tech Index" → ["Hang Seng", "Tech Index"].
 */
export function wrapCategoryLabel(label: string, maxLine = 12): string | string[] {
  if (label.length <= maxLine) return label;
  const lines = packLines(label.split(' '), (line) => line.length <= maxLine);
  return lines.length === 1 ? lines[0]! : lines;
}
