import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { tableCsv } from '../../../../lib/downloads/to-csv.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
}

export const getStaticPaths = chartPaths;

/** One chart's own data: the rows of its table, credited with its source. */
export const GET: APIRoute<Props> = ({ props }) => {
  const chart = briefingViewFor(props.entry).charts.get(props.chartId)!;
  return new Response(tableCsv(chart.table, chart.sourceLine.replace(/^Source: /, '')), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
