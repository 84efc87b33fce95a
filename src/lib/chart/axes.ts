import type { Figure, Scale, Unit } from '../../schemas/figure.ts';
import { magnitude, measures, scaleFactor, type FigureValue } from '../model/measures.ts';
import { locale } from '../model/format-number.ts';
import { capitalise } from '../errors/wording.ts';
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
  multiple: 'Multiple (times)',
  year: 'Year',
  days: 'Days',
  weeks: 'Weeks',
  months: 'Months',
  quarters: 'Quarters',
  years: 'Years',
  count: 'Count',
};

/** A currency's plural name in the page's locale: "US dollars", "Chinese yuan", "euros". */
export function currencyName(currency: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'name' }).formatToParts(
    2,
  );
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

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

/**
 * What every chart's options start from: the page's locale, sized by its box, and not animated: a
 * chart takes the place of its picture, which the reader may already see, so it appears as the
 * picture showed it rather than growing from nothing (and a first drawing in one frame keeps a
 * phone's main thread free sooner).
 */
export const baseOptions = {
  locale,
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
} as const;

/**
 * The value axis: from zero, gridded, titled with the unit, scale and currency; `fitChart` sets
 * its bounds and ticks for the width it is drawn at.
 */
export function valueAxis(theme: ChartTheme, title: string) {
  return {
    beginAtZero: true,
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { color: theme.text },
    title: { display: true, text: title, color: theme.text },
  };
}

/** The category axis: no grid, and every category named (`fitChart` wraps or lifts names that lack room). */
export function categoryAxis(theme: ChartTheme) {
  return {
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.text, font: { size: 13 }, autoSkip: false },
  };
}
