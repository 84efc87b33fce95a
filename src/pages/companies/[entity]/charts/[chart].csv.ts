import type { APIRoute } from 'astro';
import { companyChartPaths } from '../../../../data/company-pages.ts';
import { tableCsv } from '../../../../lib/downloads/to-csv.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';

interface Props {
  chart: CompanyChartView;
}

export const getStaticPaths = companyChartPaths;

/** One company chart's own data: the rows of its table, credited with its sources. */
export const GET: APIRoute<Props> = ({ props }) =>
  new Response(tableCsv(props.chart.table, props.chart.sourceLine.replace(/^Source: /, '')), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
