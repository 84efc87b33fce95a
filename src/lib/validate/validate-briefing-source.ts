import { briefingSchema, type Briefing } from '../../schemas/briefing.ts';
import { partialChecks } from './partial-checks.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import type { SourceTexts } from './check-source-texts.ts';
import { applyDerivedFigures } from './apply-derived-figures.ts';
import { crossCheckBriefing } from './cross-check-briefing.ts';
import { fileRefusals } from './check-mdx-file-safety.ts';
import { readFrontmatterYaml } from './read-frontmatter-yaml.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { issuesFromZod } from '../errors/zod-issues.ts';

export interface BriefingValidation {
  /** The parsed briefing, present only when there are no errors. */
  briefing?: Briefing;
  /** The raw frontmatter as parsed, derived figures' computed values filled in, for loaders that hand it on. */
  data: unknown;
  body: string;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** The line a frontmatter path is written on, for checks that compare this file with others. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const noLines = () => undefined;
/** The raw frontmatter with each derived figure's computed value written in, as the schema reads it again. */
function withDerivedValues(data: unknown, briefing: Briefing): unknown {
  const raw = data as { figures?: unknown[] };
  if (!Array.isArray(raw.figures)) return data;
  return {
    ...raw,
    figures: raw.figures.map((figure, i) => {
      const computed = briefing.figures[i];
      return computed?.derived && figure && typeof figure === 'object' ? { ...figure, value: computed.value } : figure;
    }),
  };
}

export interface ValidateOptions {
  /** The folder of source texts; when given, quotes are checked against them and coverage listed. */
  sourceTexts?: SourceTexts;
}

/**
 * Validates a whole briefing file (frontmatter and body) and reports every problem at once,
 * each with the line it sits on.
 */
export function validateBriefingSource(text: string, options: ValidateOptions = {}): BriefingValidation {
  const split = splitFrontmatter(text);
  const { frontmatter, frontmatterLine, body, bodyLine } = split;
  // A file the compiler would read otherwise, or not at all, is not read further.
  const refusals = fileRefusals(text, split);
  if (refusals.length > 0 || frontmatter === undefined)
    return { data: undefined, body, errors: refusals, warnings: [], lineOf: noLines };
  const yaml = readFrontmatterYaml(frontmatter);
  const lineOf = (path: readonly PropertyKey[]) => {
    const line = yaml.lineOf(path);
    return line === undefined ? undefined : line + frontmatterLine - 1;
  };
  if (yaml.error) {
    return {
      data: undefined,
      body,
      errors: [
        contentError([], `expected valid YAML, found ${yaml.error.message}`, yaml.error.line + frontmatterLine - 1),
      ],
      warnings: [],
      lineOf: noLines,
    };
  }
  const data = yaml.data;
  const parsed = briefingSchema.safeParse(data, { reportInput: true });
  // A frontmatter that fails its schema cannot be cross-checked, but the body (against the ids that
  // are there), the quotes of the figures valid on their own and the prose's numbers still can be,
  // so one run reports those errors too.
  // Derived figures are computed first, so every later check sees their values.
  const derived = parsed.success ? applyDerivedFigures(parsed.data, data) : undefined;
  const issues = !parsed.success
    ? [...issuesFromZod(parsed.error.issues), ...partialChecks(data, body)]
    : derived!.issues.length > 0
      ? [...derived!.issues, ...partialChecks(data, body)]
      : crossCheckBriefing(derived!.briefing, body, options.sourceTexts);
  // Frontmatter issues are located by their path; body issues carry a body-relative line.
  const located = issues.map((issue) => ({
    ...issue,
    line: issue.path.length
      ? (issue.line ?? lineOf(issue.path))
      : issue.line !== undefined
        ? issue.line + bodyLine - 1
        : undefined,
  }));
  const errors = located.filter((i) => i.severity === 'error');
  return {
    briefing: derived && errors.length === 0 ? derived.briefing : undefined,
    data: derived ? withDerivedValues(data, derived.briefing) : data,
    body,
    errors,
    warnings: located.filter((i) => i.severity === 'warning'),
    lineOf,
  };
}
