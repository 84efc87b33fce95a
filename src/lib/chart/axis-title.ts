import type { Unit } from '../../schemas/figure.ts';

const titles: Record<Unit, string> = {
  percent: 'Percent',
  'percentage-points': 'Percentage points',
  multiple: 'Times earnings',
  year: 'Year',
  months: 'Months',
  count: 'Count',
  currency: 'Amount',
};

/** The value axis's title for a unit. */
export function axisTitle(unit: Unit): string {
  return titles[unit];
}
