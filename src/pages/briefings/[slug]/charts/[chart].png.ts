import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPicturePaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, pictureJob } from '../../../../lib/images/png-response.ts';
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

export const getStaticPaths = async () => drawnAhead(await chartPicturePaths(), ({ props }) => job(props));

/**
 * The chart as a sharp static picture: wide or narrow, light or dark, from the same configuration
 * the browser draws. It stands where the chart goes until the chart is drawn, and on paper.
 */
export const GET: APIRoute<Props> = ({ props, url }) => imageResponse(url.pathname, job(props));
