import type { Unit } from '../../schemas/figure.ts';
import { pluralWord } from '../errors/plural.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** Formats a number in a unit the way the page prints it: "4.2%", "11.5×", "2019", "3 months". */
export function formatNumber(value: number, unit: Unit, currency?: string): string {
  switch (unit) {
    case 'percent':
      return `${grouped.format(value)}%`;
    case 'percentage-points':
      return `${grouped.format(value)} pp`;
    case 'multiple':
      return `${grouped.format(value)}×`;
    case 'year':
      return String(value);
    case 'months':
      return `${grouped.format(value)} ${pluralWord(value, 'month')}`;
    case 'count':
      return grouped.format(value);
    case 'currency':
      return new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: currency ?? 'USD',
        notation: Math.abs(value) >= 1e6 ? 'compact' : 'standard',
        maximumFractionDigits: 2,
      }).format(value);
  }
}
