import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPicturePaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, pictureJob } from '../../../../lib/images/png-response.ts';
import { briefingChartName, briefingLayoutJob, checkChartLayout } from '../../../../data/chart-layouts.ts';
import type { pictureVariants } from '../../../../lib/view/chart-view.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
  variant: (typeof pictureVariants)[number];
}

const job = ({ entry, chartId, variant }: Props) => {
  const chart = briefingViewFor(entry).charts.get(chartId)!;
  return pictureJob(chart, chart.pictures[variant.narrow ? 'narrow' : 'wide'][variant.dark ? 'dark' : 'light']);
};

export const getStaticPaths = async () => {
  const paths = drawnAhead(await chartPicturePaths(), ({ props }) => job(props));
  // Each chart's layout is checked once, beside its first picture, on the image workers.
  drawnAhead(
    paths.filter(({ props }) => props.variant.suffix === ''),
    ({ props }) => briefingLayoutJob(props.entry, props.chartId),
  );
  return paths;
};

/**
 * The chart as a sharp static picture: wide or narrow, light or dark, from the same configuration
 * the browser draws. It stands where the chart goes until the chart is drawn, and on paper.
 */
export const GET: APIRoute<Props> = async ({ props, url }) => {
  if (props.variant.suffix === '')
    await checkChartLayout(
      briefingLayoutJob(props.entry, props.chartId),
      briefingChartName(props.entry, props.chartId),
    );
  return imageResponse(url.pathname, job(props));
};
