import type { FigureValue } from '../model/measures.ts';
import { locale } from '../model/format-number.ts';
import type { Scale, Unit } from '../../schemas/figure.ts';

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
