import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Briefing } from '../../src/schemas/briefing.ts';
import { formatContentIssues } from '../../src/lib/errors/format-content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';

const root = resolve(import.meta.dirname, '../..');

/** Paths, from the project root, of the briefings unit tests read. */
export const briefingFiles = {
  minimal: 'tests/fixtures/briefings/minimal.mdx',
  series: 'tests/fixtures/briefings/series.mdx',
  real: 'content/briefings/alibaba-ai-rally.mdx',
} as const;

export function readBriefingSource(name: keyof typeof briefingFiles): string {
  return readFileSync(resolve(root, briefingFiles[name]), 'utf8');
}

/** A validated briefing; throws with every error when the file does not validate. */
export function loadBriefing(name: keyof typeof briefingFiles): Briefing {
  const result = validateBriefingSource(readBriefingSource(name));
  if (!result.briefing) throw new Error(formatContentIssues(briefingFiles[name], result.errors));
  return result.briefing;
}
