import type { Briefing } from '../../schemas/briefing.ts';
import type { BriefingContentError } from '../errors/briefing-content-error.ts';

// The content loader and the pages run in one dev-server process but may load separate copies of
// this module, so the registry hangs off globalThis under a registered symbol.
const key = Symbol.for('investor-briefings.content-errors');
const registry: Map<string, BriefingContentError> = ((globalThis as Record<symbol, unknown>)[key] ??= new Map()) as Map<
  string,
  BriefingContentError
>;

/** Records that a briefing file currently fails validation (the dev server keeps its last good data). */
export function recordContentError(file: string, error: BriefingContentError): void {
  registry.set(file, error);
}

/** Clears a briefing file's error once it validates again. */
export function clearContentError(file: string): void {
  registry.delete(file);
}

/** Throws the first recorded content error, so the dev server shows it instead of stale data. */
export function throwRecordedContentError(): void {
  const first = registry.values().next();
  if (!first.done) throw first.value;
}

const warningsKey = Symbol.for('investor-briefings.content-warnings');
const warnings: Map<string, string[]> = ((globalThis as Record<symbol, unknown>)[warningsKey] ??= new Map()) as Map<
  string,
  string[]
>;

/** Records a briefing file's current warnings (already formatted), for the build to report. */
export function recordContentWarnings(file: string, lines: string[]): void {
  if (lines.length > 0) warnings.set(file, lines);
  else warnings.delete(file);
}

/** Every recorded warning line, file by file. */
export function recordedWarnings(): string[] {
  return [...warnings.values()].flat();
}

const latestKey = Symbol.for('investor-briefings.latest-valid');
const latest: Map<string, { briefing: Briefing; body: string }> = ((globalThis as Record<symbol, unknown>)[
  latestKey
] ??= new Map()) as Map<string, { briefing: Briefing; body: string }>;

/**
 * Records a briefing file's latest valid content (dev server only). Astro's dev server can keep
 * serving an older entry after an edit, a failed edit and a fix in quick succession; pages read
 * this instead, so the page always shows what the file says.
 */
export function recordValidBriefing(file: string, briefing: Briefing, body: string): void {
  latest.set(file, { briefing, body });
}

/** The latest valid content recorded for a file, if any. */
export function latestValidBriefing(file: string | undefined): { briefing: Briefing; body: string } | undefined {
  return file ? latest.get(file) : undefined;
}
