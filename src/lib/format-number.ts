import type { Unit } from '../schemas/figure.ts';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** Formats a number in a unit the way the page prints it: "9.7%", "12.2×", "2023", "4 months". */
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
      return `${grouped.format(value)} ${value === 1 ? 'month' : 'months'}`;
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
