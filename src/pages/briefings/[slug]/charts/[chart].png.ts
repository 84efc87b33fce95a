import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartImagePaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { chartDownloadJob, imageResponse, pictureJob } from '../../../../lib/images/png-response.ts';
import { briefingChartName, briefingLayoutJob, checkChartLayout } from '../../../../data/chart-layouts.ts';
import type { pictureVariants } from '../../../../lib/view/chart-view.ts';
import { embedCredit, type downloadVariants } from '../../../../lib/view/chart-embed.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
  image: { picture: (typeof pictureVariants)[number] } | { download: (typeof downloadVariants)[number] };
}

/** The site's address, which the credit line names. */
const site = new URL(import.meta.env.SITE);

const job = (props: Props) => {
  const chart = briefingViewFor(props.entry).charts.get(props.chartId)!;
  if ('download' in props.image)
    return chartDownloadJob(chart, embedCredit(chart.embed, site), props.image.download.dark);
  const { narrow, dark } = props.image.picture;
  return pictureJob(chart, chart.pictures[narrow ? 'narrow' : 'wide'][dark ? 'dark' : 'light']);
};

/** The page's own first picture: the wide light one, beside which the chart's layout is checked. */
const isFirstPicture = (props: Props) => 'picture' in props.image && props.image.picture.suffix === '';

export const getStaticPaths = async () => {
  const paths = drawnAhead(await chartImagePaths(), ({ props }) => job(props));
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
  return imageResponse(url.pathname, job(props));
};
