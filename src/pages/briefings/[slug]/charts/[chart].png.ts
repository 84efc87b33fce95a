import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartImagePaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { chartImageRequest, imageResponse, type ChartImage } from '../../../../lib/images/png-response.ts';
import { briefingChartName, briefingLayoutJob, checkChartLayout } from '../../../../data/chart-layouts.ts';
import { embedCredit } from '../../../../lib/view/chart-embed.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
  image: ChartImage;
}

/** The site's address, which the credit line names. */
const site = new URL(import.meta.env.SITE);

const request = (props: Props) => {
  const chart = briefingViewFor(props.entry).charts.get(props.chartId)!;
  return chartImageRequest(chart, props.image, embedCredit(chart.embed, site));
};

/** The page's own first picture: the wide light one, beside which the chart's layout is checked. */
const isFirstPicture = (props: Props) => 'picture' in props.image && props.image.picture.suffix === '';

export const getStaticPaths = async () => {
  const paths = drawnAhead(await chartImagePaths(), ({ props }) => request(props).job);
  // Each chart's layout is checked once, beside its first picture, on the image workers.
  drawnAhead(
    paths.filter(({ props }) => isFirstPicture(props)),
    ({ props }) => briefingLayoutJob(props.entry, props.chartId),
  );
  return paths;
};

/**
 * The chart as a sharp static picture: wide or narrow, light or dark, from the same configuration
 * the browser draws, standing where the chart goes until it is drawn, and on paper; or, to
 * download, titled, sourced and credited.
 */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  if (isFirstPicture(props))
    await checkChartLayout(
      briefingLayoutJob(props.entry, props.chartId),
      briefingChartName(props.entry, props.chartId),
    );
  return imageResponse(url.pathname, request(props));
};
