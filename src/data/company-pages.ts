import { pictureVariants } from '../lib/view/chart-view.ts';
import { downloadVariants } from '../lib/view/chart-embed.ts';
import { shareImageChartSize } from '../lib/images/render-share-image.ts';
import { companyShareImage } from '../lib/view/share-image-spec.ts';
import { getCollection } from 'astro:content';
import { companyPages, type CompanyPage } from '../lib/view/company-pages.ts';
import { latestValidBriefing } from '../lib/collection/content-status.ts';
import { briefingViewFor } from './briefing-view-for.ts';
import { companyNeighbours, type CompanyNeighbours } from '../lib/view/company-neighbours.ts';

let pages: Promise<CompanyPage[]> | undefined;

async function build(): Promise<CompanyPage[]> {
  const entries = await getCollection('briefings');
  return companyPages(
    entries.map((entry) => ({
      briefing: (import.meta.env.DEV && latestValidBriefing(entry.filePath)?.briefing) || entry.data,
      view: briefingViewFor(entry),
    })),
  );
}

/** Every company page, built once per build from all briefings (afresh on each request in dev). */
export function companyPagesData(): Promise<CompanyPage[]> {
  if (import.meta.env.DEV) return build();
  pages ??= build();
  return pages;
}

/** One static path per company page. */
export async function companyPaths() {
  return (await companyPagesData()).map((page) => ({ params: { entity: page.entity }, props: { page } }));
}

/**
 * Every company chart's pictures, one path each: the four that stand in for the chart on the page
 * (wide and narrow, light and dark) and the two credited ones to download (light and dark).
 */
export async function companyChartImagePaths() {
  return (await companyChartPaths()).flatMap(({ params, props }) => [
    ...pictureVariants.map((variant) => ({
      params: { ...params, chart: `${params.chart}${variant.suffix}` },
      props: { ...props, image: { picture: variant } },
    })),
    ...downloadVariants.map((variant) => ({
      params: { ...params, chart: `${params.chart}${variant.suffix}` },
      props: { ...props, image: { download: variant } },
    })),
  ]);
}

/** One static path per chart on a company page, for the charts' print images. */
export async function companyChartPaths() {
  return (await companyPagesData()).flatMap((page) => {
    // The company's card draws one of its charts: that chart's layout is checked in the card too.
    const card = companyShareImage(page);
    return page.metrics.flatMap((metric) => {
      if (!metric.chart) return [];
      const share =
        card.chart === metric.chart.config ? shareImageChartSize({ ...card, chart: metric.chart.config }) : undefined;
      return [
        {
          params: { entity: page.entity, chart: metric.anchor },
          props: { chart: metric.chart, share, company: { name: page.name, url: page.url } },
        },
      ];
    });
  });
}

/** The briefings about a briefing's company just before and after it, for links between them. */
export async function briefingNeighbours(entity: string, slug: string): Promise<CompanyNeighbours | undefined> {
  const page = (await companyPagesData()).find((p) => p.entity === entity);
  return page && companyNeighbours(page, slug);
}
