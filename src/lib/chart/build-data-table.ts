import type { ChartData } from './chart-rows.ts';

export interface DataTable {
  caption: string;
  columns: string[];
  /** `figure`: the id of the figure a row shows; absent for an entity the source gives no number for. */
  rows: { cells: string[]; highlight: boolean; figure?: string }[];
}

/** The chart's numbers as a table: the same rows the chart draws, readable without JavaScript. */
export function buildDataTable(data: ChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: ['Company or index', 'Value', 'Basis', 'Period', 'Note'],
    rows: data.rows.map((row) => ({
      cells: [row.label, row.display, row.basis ?? '—', row.period || '—', row.notes.join('; ') || '—'],
      highlight: row.highlight,
      ...(row.kind === 'unstated' ? {} : { figure: row.id }),
    })),
  };
}
