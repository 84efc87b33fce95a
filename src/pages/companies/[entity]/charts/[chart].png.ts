import type { APIRoute } from 'astro';
import { companyChartPicturePaths } from '../../../../data/company-pages.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, pictureJob } from '../../../../lib/images/png-response.ts';
import { layoutCheckJob } from '../../../../lib/images/check-layout.ts';
import { checkChartLayout } from '../../../../data/chart-layouts.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';
import type { pictureVariants } from '../../../../lib/view/chart-view.ts';

interface Props {
  chart: CompanyChartView;
  /** The size the company's share card draws the chart at, when it draws this one. */
  share?: { width: number; height: number };
  variant: (typeof pictureVariants)[number];
}

const job = ({ chart, variant }: Props) =>
  pictureJob(chart, chart.pictures[variant.narrow ? 'narrow' : 'wide'][variant.dark ? 'dark' : 'light']);

export const getStaticPaths = async () => {
  const paths = drawnAhead(await companyChartPicturePaths(), ({ props }) => job(props));
  // Each chart's layout is checked once, beside its first picture, on the image workers.
  drawnAhead(
    paths.filter(({ props }) => props.variant.suffix === ''),
    ({ props }) => layoutCheckJob(props.chart, props.share),
  );
  return paths;
};

/** A company chart as a static picture, wide or narrow, light or dark: the configuration the browser draws. */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  if (props.variant.suffix === '')
    await checkChartLayout(
      layoutCheckJob(props.chart, props.share),
      `The company page ${url.pathname.replace(/charts\/.*$/, '')}, chart “${props.chart.title}”`,
    );
  return imageResponse(url.pathname, job(props));
};
