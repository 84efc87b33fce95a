import type { APIRoute } from 'astro';
import { companyChartPaths } from '../../../../../data/company-pages.ts';
import { oEmbedAnswer } from '../../../../../lib/view/chart-embed.ts';
import type { CompanyChartView } from '../../../../../lib/view/company-chart-view.ts';

interface Props {
  chart: CompanyChartView;
}

export const getStaticPaths = companyChartPaths;

/** The company chart's oEmbed answer, written once at build time. */
export const GET: APIRoute<Props> = ({ props, site }) =>
  new Response(JSON.stringify(oEmbedAnswer(props.chart.embed, props.chart.pictures.wide.light, site!), null, 2), {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
