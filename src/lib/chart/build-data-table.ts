import type { ChartData } from './chart-rows.ts';

export interface DataTable {
  caption: string;
  columns: string[];
  /**
   * `figure`: the id of the figure a row shows, absent for an entity the source gives no number for;
   * `labelHref`: the company page the row's label links to.
   */
  rows: { cells: string[]; highlight: boolean; figure?: string; labelHref?: string }[];
}

/**
 * The chart's numbers as a table: the same rows the chart draws, readable without JavaScript. A
 * chart over periods names each period in words in its first column instead of a period column.
 */
export function buildDataTable(data: ChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: data.byPeriod
      ? ['Period', 'Value', 'Basis', 'Note']
      : ['Company or index', 'Value', 'Basis', 'Period', 'Note'],
    rows: data.rows.map((row) => ({
      cells: [
        data.byPeriod ? row.period : row.label,
        row.display,
        row.basis ?? '—',
        ...(data.byPeriod ? [] : [row.period || '—']),
        row.notes.join('; ') || '—',
      ],
      highlight: row.highlight,
      ...(row.kind === 'unstated' ? {} : { figure: row.id }),
      ...(row.entityUrl ? { labelHref: row.entityUrl } : {}),
    })),
  };
}
