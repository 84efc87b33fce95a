import type { BarChart, Chart } from '../../src/schemas/chart.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Briefing } from '../../src/schemas/briefing.ts';
import { formatContentIssues } from '../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';

const root = resolve(import.meta.dirname, '../..');

/** The slug of the one real briefing in content/, which the build, dev and browser tests publish. */
export const realBriefingSlug = 'alibaba-ai-rally';

/** Paths, from the project root, of the briefings tests read. */
export const briefingFiles = {
  minimal: 'tests/fixtures/briefings/minimal.mdx',
  series: 'tests/fixtures/briefings/series.mdx',
  ranges: 'tests/fixtures/briefings/ranges.mdx',
  real: `content/briefings/${realBriefingSlug}.mdx`,
  /** A copy of the first real briefing, frozen, for tests of how a full briefing is drawn and shown. */
  rally: 'tests/fixtures/briefings/rally.mdx',
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

/** A copy of a validated briefing with one edit made, so a check can be shown what it should catch. */
export function editBriefing(briefing: Briefing, edit: (copy: Briefing) => void): Briefing {
  const copy = structuredClone(briefing);
  edit(copy);
  return copy;
}

/** A fixture's chart that is a bar chart, typed as one; throws for any other kind. */
export function asBar(chart: Chart | undefined): BarChart {
  if (chart?.kind !== 'bar') throw new Error(`expected a bar chart, found ${chart?.kind ?? 'none'}`);
  return chart;
}
