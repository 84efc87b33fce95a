import type { Briefing } from '../../schemas/briefing.ts';
import type { BriefingContentError } from '../errors/briefing-content-error.ts';

/** What the content loader last found in one briefing file. */
interface FileStatus {
  /** Set while the file fails validation (the dev server keeps its last good entry meanwhile). */
  error?: BriefingContentError;
  /** The file's warnings, formatted as `npm run check` prints them. */
  warnings: string[];
  /** The file's latest valid content, for the dev server, whose entries can lag behind edits. */
  latest?: { briefing: Briefing; body: string };
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
