import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPaths } from '../../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../../data/briefing-view-for.ts';
import { oEmbedAnswer } from '../../../../../lib/view/chart-embed.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  chartId: string;
}

export const getStaticPaths = chartPaths;

/** The chart's oEmbed answer, written once at build time (a static site has no endpoint to ask). */
export const GET: APIRoute<Props> = ({ props, site }) => {
  const chart = briefingViewFor(props.entry).charts.get(props.chartId)!;
  return new Response(JSON.stringify(oEmbedAnswer(chart.embed, chart.pictures.wide.light, site!), null, 2), {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
};
