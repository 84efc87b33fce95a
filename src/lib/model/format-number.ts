import type { Unit } from '../../schemas/figure.ts';
import type { FigureValue } from './measures.ts';
import { fractionWord } from './written-numbers.ts';

/**
 * The page's locale. Its currency symbols name the currency wherever a symbol is shared: "US$4.3
 * billion", "CN¥120.5 billion", "HK$", "€30.3 billion", "£". Axis titles use the currency's name.
 */
export const locale = 'en-GB';

const conjunction = new Intl.ListFormat(locale, { type: 'conjunction' });
/** Items as the page's locale lists them: "Tencent, Baidu and JD.com". */
export const andList = (items: readonly string[]) => conjunction.format(items);

/** Intl's long unit names for the durations it knows; quarters are spelled out by hand. */
const durationUnits: Partial<Record<Unit, string>> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

/** What follows the number for units Intl has no style for. */
const suffixes: Partial<Record<Unit, (plural: boolean) => string>> = {
  'percentage-points': (plural) => (plural ? ' percentage points' : ' percentage point'),
  'basis-points': (plural) => (plural ? ' basis points' : ' basis point'),
  multiple: () => '×',
  quarters: (plural) => (plural ? ' quarters' : ' quarter'),
};

/** Formats by their options: making an Intl.NumberFormat costs far more than using one. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(figure: FigureValue, decimals: number, cents: boolean): Intl.NumberFormat {
  const key = `${figure.unit}|${figure.currency ?? ''}|${decimals}|${cents}`;
  let format = formats.get(key);
  if (!format) {
    format = newNumberFormat(figure, decimals, cents);
    formats.set(key, format);
  }
  return format;
}

function newNumberFormat(figure: FigureValue, decimals: number, cents: boolean): Intl.NumberFormat {
  const digits = { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
  const duration = durationUnits[figure.unit];
  if (figure.unit === 'currency' && !cents)
    return new Intl.NumberFormat(locale, { style: 'currency', currency: figure.currency ?? 'USD', ...digits });
  if (figure.unit === 'percent') return new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', ...digits });
  if (duration) return new Intl.NumberFormat(locale, { style: 'unit', unit: duration, unitDisplay: 'long', ...digits });
  return new Intl.NumberFormat(locale, { ...digits, useGrouping: figure.unit !== 'year' });
}

/** A currency's minor unit, named with its currency so "4 US cents" never reads as a bare "4 cents". */
const minorUnits: Record<string, [string, string]> = {
  USD: ['US cent', 'US cents'],
  EUR: ['euro cent', 'euro cents'],
  GBP: ['penny', 'pence'],
  INR: ['paisa', 'paise'],
  AUD: ['Australian cent', 'Australian cents'],
  CAD: ['Canadian cent', 'Canadian cents'],
  HKD: ['Hong Kong cent', 'Hong Kong cents'],
  SGD: ['Singapore cent', 'Singapore cents'],
};

function minorUnit(currency: string | undefined, plural: boolean): string {
  const [one, many] = minorUnits[currency ?? 'USD'] ?? [`${currency} cent`, `${currency} cents`];
  return plural ? many : one;
}

/**
 * Formats a figure's number (or range) the way the page prints it, at the precision given:
 * "US$13.7 billion", "−12%", "US$4.35–4.55 per share", "2% – 4%", "800 basis points", "3 years",
 * "10 million downloads", "4 US cents", "50 pence", "a third". A negative value takes a true minus sign.
 */
export function formatNumber(figure: FigureValue, decimals: number, cents = false): string {
  if (figure.unit === 'fraction' && figure.to === undefined) {
    const word = fractionWord(Math.abs(figure.value));
    if (word) return figure.value < 0 ? `minus ${word}` : word;
  }
  const factor = figure.unit === 'fraction' ? 100 : cents ? 100 : 1;
  const places = figure.unit === 'fraction' ? Math.max(0, decimals - 2) : decimals;
  const format = numberFormat(figure.unit === 'fraction' ? { ...figure, unit: 'percent' } : figure, places, cents);
  const parts =
    figure.to === undefined
      ? format.formatToParts(figure.value * factor)
      : format.formatRangeToParts(figure.value * factor, figure.to * factor);
  // The scale word goes straight after the last digit: "US$13.7 billion", "CN¥277–280 billion".
  const lastDigit = parts.findLastIndex((p) => p.type === 'integer' || p.type === 'fraction');
  const text = parts
    .map((part, i) => {
      const value = part.type === 'minusSign' ? '−' : part.value;
      return i === lastDigit && figure.scale ? `${value} ${figure.scale}` : value;
    })
    .join('');
  const plural = Math.abs((figure.to ?? figure.value) * factor) !== 1;
  const suffix = suffixes[figure.unit]?.(plural) ?? '';
  const counted = figure.unit === 'count' && figure.counts ? ` ${figure.counts}` : '';
  const inCents = cents ? ` ${minorUnit(figure.currency, plural)}` : '';
  const per = figure.per ? ` per ${figure.per}` : '';
  return `${text}${suffix}${counted}${inCents}${per}`;
}
