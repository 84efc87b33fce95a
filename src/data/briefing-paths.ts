import { pictureVariants } from '../lib/view/chart-view.ts';
import { downloadVariants } from '../lib/view/chart-embed.ts';
import { getCollection } from 'astro:content';

/** One static path per briefing, shared by the page and its data downloads. */
export async function briefingPaths() {
  const briefings = await getCollection('briefings');
  return briefings.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** One static path per section of every briefing, for the sections' share pages. */
export async function sectionPaths() {
  const briefings = await getCollection('briefings');
  return briefings.flatMap((entry) =>
    entry.data.sections.map((section) => ({
      params: { slug: entry.id, section: section.id },
      props: { entry, sectionId: section.id },
    })),
  );
}

/** One static path per chart of every briefing, for the charts' print images. */
export async function chartPaths() {
  const briefings = await getCollection('briefings');
  return briefings.flatMap((entry) =>
    entry.data.charts.map((chart) => ({
      params: { slug: entry.id, chart: chart.id },
      props: { entry, chartId: chart.id },
    })),
  );
}

/**
 * Every briefing chart's pictures, one path each: the four that stand in for the chart on the page
 * (wide and narrow, light and dark) and the two credited ones to download (light and dark).
 */
export async function chartImagePaths() {
  return (await chartPaths()).flatMap(({ params, props }) => [
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
