import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { chartPaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { cachedPng } from '../../../../lib/images/cached-png.ts';
import { pngResponse } from '../../../../lib/images/png-response.ts';
import { renderChartPng } from '../../../../lib/images/render-chart-png.ts';

export const getStaticPaths = chartPaths;

/** The chart as a sharp static image, for print: the same configuration the browser draws. */
export const GET: APIRoute<{ entry: CollectionEntry<'briefings'>; chartId: string }> = ({
  props: { entry, chartId },
}) => {
  const chart = briefingViewFor(entry).charts.get(chartId)!;
  const { width, height, scale } = chart.printImage;
  return pngResponse(
    cachedPng({ printChart: chart.config, width, height, scale }, () =>
      renderChartPng(chart.config, { width, height, scale }),
    ),
  );
};
