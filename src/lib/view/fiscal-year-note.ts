import type { Figure } from '../../schemas/figure.ts';
import { monthNames, type MonthName } from '../../schemas/period.ts';
import { resolvePeriod } from '../model/periods.ts';
import { formatDate } from './format-date.ts';

/** The fiscal year a figure's period names, if it is dated in one. */
function fiscalYearOf(figure: Pick<Figure, 'period'>): number | undefined {
  const { period } = figure;
  return typeof period !== 'string' && 'year' in period && 'fiscal' in period && period.fiscal
    ? period.year
    : undefined;
}

/**
 * For a company whose fiscal year does not end in December (as its entity states), how its
 * fiscal periods read, with the latest fiscal year its figures name as the example: "Alibaba's
 * fiscal year ends in March: fiscal 2026 runs from 1 April 2025 to 31 March 2026, its first quarter
 * April to June." Nothing for a calendar year.
 */
export function fiscalYearNote(
  name: string,
  yearEnd: MonthName,
  figures: readonly { figure: Pick<Figure, 'period'> }[],
): string | undefined {
  if (yearEnd === 'December') return undefined;
  const stated = `${name}'s fiscal year ends in ${yearEnd}`;
  const years = figures.flatMap(({ figure }) => fiscalYearOf(figure) ?? []);
  if (years.length === 0) return `${stated}.`;
  const latest = Math.max(...years);
  const range = resolvePeriod({ kind: 'year', year: latest, fiscal: true }, yearEnd).range!;
  const first = (monthNames.indexOf(yearEnd) + 1) % 12;
  return `${stated}: fiscal ${latest} runs from ${formatDate(range.start)} to ${formatDate(range.end!)}, its first quarter ${
    monthNames[first]
  } to ${monthNames[(first + 2) % 12]}.`;
}
