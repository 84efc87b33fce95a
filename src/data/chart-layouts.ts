import type { CollectionEntry } from 'astro:content';
import { recordChartLayout } from '../lib/collection/content-status.ts';
import { layoutCheckJob, layoutCheckReport } from '../lib/images/check-layout.ts';
import { pngCache } from '../lib/images/png-response.ts';
import { shareImageChartSize } from '../lib/images/render-share-image.ts';
import { sectionShareImage } from '../lib/view/share-image-spec.ts';
import type { BriefingView } from '../lib/view/briefing-view.ts';
import { briefingViewFor } from './briefing-view-for.ts';

/** The share card a briefing chart is drawn in, if a section's card draws it. */
function shareSize(view: BriefingView, chartId: string) {
  const section = view.sections.find((s) => s.charts[0] === chartId);
  const spec = section && sectionShareImage(view, section.id);
  return spec?.chart ? shareImageChartSize({ ...spec, chart: spec.chart }) : undefined;
}

/** Layout jobs by view and chart: the routes' paths queue each, and its page awaits the same one. */
const jobs = new WeakMap<BriefingView, Map<string, ReturnType<typeof layoutCheckJob>>>();

/** The job that checks a briefing chart's layout, at every screen and picture size and in its card. */
export function briefingLayoutJob(entry: CollectionEntry<'briefings'>, chartId: string) {
  const view = briefingViewFor(entry);
  const ofView = jobs.get(view) ?? jobs.set(view, new Map()).get(view)!;
  let job = ofView.get(chartId);
  if (!job) ofView.set(chartId, (job = layoutCheckJob(view.charts.get(chartId)!, shareSize(view, chartId))));
  return job;
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
