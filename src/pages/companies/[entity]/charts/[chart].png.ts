import type { APIRoute } from 'astro';
import { companyChartPaths } from '../../../../data/company-pages.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, printChartJob } from '../../../../lib/images/png-response.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';

export const getStaticPaths = async () =>
  drawnAhead(await companyChartPaths(), ({ props }) => printChartJob(props.chart));

/** A company chart as a sharp static image, for print: the same configuration the browser draws. */
export const GET: APIRoute<{ chart: CompanyChartView }> = ({ props: { chart }, url }) =>
  imageResponse(url.pathname, printChartJob(chart));
