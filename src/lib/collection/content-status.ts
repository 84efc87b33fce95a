import type { ResolvedBriefing } from '../model/shown-text.ts';
import type { BriefingContentError } from '../errors/content-issue.ts';
import type { BriefingView } from '../view/briefing-view.ts';

/** What the content loader last found in one briefing file. */
interface FileStatus {
  /** Set while the file fails validation (the dev server keeps its last good entry meanwhile). */
  error?: BriefingContentError;
  /** The file's warnings, formatted as `npm run check` prints them. */
  warnings: string[];
  /** The file's latest valid content, for the dev server, whose entries can lag behind edits. */
  latest?: { briefing: ResolvedBriefing; body: string };
}

/**
 * Every briefing file's status, by its path from the project root (forward slashes, as Astro
 * stores entry paths). The content loader writes it; the routes' middleware, the dev server's
 * views and the build's report read it. Astro runs the loader and the routes in separate module
 * graphs of one process (and the build script imports a third copy of this module), so the one
 * map they share hangs off globalThis under a registered symbol, reached only through this module.
 */
const statuses = ((globalThis as Record<symbol, unknown>)[Symbol.for('investor-briefings.content-status')] ??= new Map<
  string,
  FileStatus
>()) as Map<string, FileStatus>;

/** Records what the loader found in a file, replacing what was known before. */
export function recordFileStatus(file: string, status: FileStatus): void {
  statuses.set(file, status);
}

/** Forgets a file that was deleted. */
export function forgetFile(file: string): void {
  statuses.delete(file);
}

/** Throws the first file's error, so that every route fails with it instead of showing stale data. */
export function throwContentError(): void {
  const failed = [...statuses.values()].find((status) => status.error);
  if (failed?.error) throw failed.error;
}

/** Every warning line, file by file. */
export function contentWarnings(): string[] {
  return [...statuses.values()].flatMap((status) => status.warnings);
}

/** The latest valid content recorded for a file, if any. */
export function latestValidBriefing(file: string | undefined): FileStatus['latest'] {
  return file ? statuses.get(file)?.latest : undefined;
}

/**
 * The briefing a page is rendering, for components placed in MDX (which receive only an id).
 * Rendering outside a briefing page is a programming error, so it throws.
 */
export function currentBriefing(locals: App.Locals): BriefingView {
  if (!locals.briefing) throw new Error('Fig, Chart and Section can only be used inside a briefing page');
  return locals.briefing;
}

/** Looks up an id in one of the view's maps, failing loudly: validation should have caught it. */
export function lookup<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const item = map.get(id);
  if (!item) throw new Error(`Unknown ${what} id "${id}"`);
  return item;
}

/**
 * Charts that do not read well at some size, by chart (`file#chart`), each problem already worded
 * with its file, chart and size: the build draws every chart at every size and reports them after.
 */
const layouts = ((globalThis as Record<symbol, unknown>)[Symbol.for('investor-briefings.chart-layouts')] ??= new Map<
  string,
  string[]
>()) as Map<string, string[]>;

/** Records what the layout check found in one chart, replacing what was known before. */
export function recordChartLayout(key: string, problems: string[]): void {
  if (problems.length > 0) layouts.set(key, problems);
  else layouts.delete(key);
}

/**
 * Every chart layout problem, chart by chart in the order of their names (file, then chart index):
 * the build renders several pages at a time, so the order they were recorded in varies.
 */
export function chartLayoutProblems(): string[] {
  return [...layouts]
    .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
    .flatMap(([, problems]) => problems);
}
