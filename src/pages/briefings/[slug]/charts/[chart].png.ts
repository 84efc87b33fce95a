import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { imageResponse, printChartJob } from '../../../../lib/images/png-response.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
}

const job = ({ entry, chartId }: Props) => printChartJob(briefingViewFor(entry).charts.get(chartId)!);

export const getStaticPaths = async () => drawnAhead(await chartPaths(), ({ props }) => job(props));

/** The chart as a sharp static image, for print: the same configuration the browser draws. */
export const GET: APIRoute<Props> = ({ props, url }) => imageResponse(url.pathname, job(props));
