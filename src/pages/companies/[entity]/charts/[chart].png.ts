import type { APIRoute } from 'astro';
import { companyChartImagePaths } from '../../../../data/company-pages.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { chartImageRequest, imageResponse, type ChartImage } from '../../../../lib/images/png-response.ts';
import { layoutCheckJob } from '../../../../lib/images/check-layout.ts';
import { checkChartLayout } from '../../../../data/chart-layouts.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';
import { embedCredit } from '../../../../lib/view/chart-embed.ts';

interface Props {
  chart: CompanyChartView;
  /** The size the company's share card draws the chart at, when it draws this one. */
  share?: { width: number; height: number };
  image: ChartImage;
}

/** The site's address, which the credit line names. */
const site = new URL(import.meta.env.SITE);

const request = ({ chart, image }: Props) => chartImageRequest(chart, image, embedCredit(chart.embed, site));

/** The page's own first picture: the wide light one, beside which the chart's layout is checked. */
const isFirstPicture = ({ image }: Props) => 'picture' in image && image.picture.suffix === '';

export const getStaticPaths = async () => {
  const paths = drawnAhead(await companyChartImagePaths(), ({ props }) => request(props).job);
  // Each chart's layout is checked once, beside its first picture, on the image workers.
  drawnAhead(
    paths.filter(({ props }) => isFirstPicture(props)),
    ({ props }) => layoutCheckJob(props.chart, props.share),
  );
  return paths;
};

/**
 * A company chart as a static picture, wide or narrow, light or dark: the configuration the
 * browser draws; or, to download, titled, sourced and credited.
 */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  if (isFirstPicture(props))
    await checkChartLayout(
      layoutCheckJob(props.chart, props.share),
      `The company page ${url.pathname.replace(/charts\/.*$/, '')}, chart “${props.chart.title}”`,
    );
  return imageResponse(url.pathname, request(props));
};
