import type { APIRoute } from 'astro';
import { companyChartPaths } from '../../../../data/company-pages.ts';
import { cachedPng } from '../../../../lib/images/cached-png.ts';
import { pngResponse } from '../../../../lib/images/png-response.ts';
import { renderChartPng } from '../../../../lib/images/render-chart-png.ts';
import type { CompanyChartView } from '../../../../lib/view/company-chart-view.ts';

export const getStaticPaths = companyChartPaths;

/** A company chart as a sharp static image, for print: the same configuration the browser draws. */
export const GET: APIRoute<{ chart: CompanyChartView }> = ({ props: { chart } }) => {
  const { width, height, scale } = chart.printImage;
  return pngResponse(
    cachedPng({ printChart: chart.config, width, height, scale }, () =>
      renderChartPng(chart.config, { width, height, scale }),
    ),
  );
};
