import type { APIRoute } from 'astro';
import { companyChartPicturePaths } from '../../../../data/company-pages.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, pictureJob } from '../../../../lib/images/png-response.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';
import type { pictureVariants } from '../../../../lib/view/chart-view.ts';

interface Props {
  chart: CompanyChartView;
  variant: (typeof pictureVariants)[number];
}

const job = ({ chart, variant }: Props) =>
  pictureJob(chart, chart.pictures[variant.narrow ? 'narrow' : 'wide'][variant.dark ? 'dark' : 'light']);

export const getStaticPaths = async () => drawnAhead(await companyChartPicturePaths(), ({ props }) => job(props));

/** A company chart as a static picture, wide or narrow, light or dark: the configuration the browser draws. */
export const GET: APIRoute<Props> = ({ props, url }) => imageResponse(url.pathname, job(props));
