import type { CollectionEntry } from 'astro:content';
import { recordChartLayout } from '../lib/collection/content-status.ts';
import { layoutCheckJob, layoutCheckReport } from '../lib/images/check-layout.ts';
import { pngCache } from '../lib/images/png-response.ts';
import { shareImageChartSize } from '../lib/images/render-share-image.ts';
import { sectionShareImage } from '../lib/view/share-image-spec.ts';
import { briefingViewFor } from './briefing-view-for.ts';

/** The share card a briefing chart is drawn in, if a section's card draws it. */
function shareSize(entry: CollectionEntry<'briefings'>, chartId: string) {
  const view = briefingViewFor(entry);
  const section = view.sections.find((s) => s.charts[0] === chartId);
  const spec = section && sectionShareImage(view, section.id);
  return spec?.chart ? shareImageChartSize({ ...spec, chart: spec.chart }) : undefined;
}

/** The job that checks a briefing chart's layout, at every screen and picture size and in its card. */
export function briefingLayoutJob(entry: CollectionEntry<'briefings'>, chartId: string) {
  return layoutCheckJob(briefingViewFor(entry).charts.get(chartId)!, shareSize(entry, chartId));
}

/**
 * Checks a chart's layout (on the image workers, cached with the images) and records what does
 * not read well, named by file, chart and size, for the build to report after the pages.
 */
export async function checkChartLayout(job: ReturnType<typeof layoutCheckJob>, where: string): Promise<void> {
  recordChartLayout(where, layoutCheckReport(await pngCache.png(job), where));
}

/** How a layout problem names a briefing chart: its file and field path, and its title. */
export function briefingChartName(entry: CollectionEntry<'briefings'>, chartId: string): string {
  const index = entry.data.charts.findIndex((chart) => chart.id === chartId);
  return `${entry.filePath}: charts[${index}] (“${entry.data.charts[index]!.title}”)`;
}
