import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { briefingSchema, type Briefing } from '../../schemas/briefing.ts';
import { knownIdsOf } from './check-body-references.ts';
import { checkBodySource } from './check-body-source.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import type { SourceTexts } from './check-source-texts.ts';
import { crossCheckBriefing } from './cross-check-briefing.ts';
import { splitFrontmatter } from './split-frontmatter.ts';
import { issuesFromZod } from '../errors/zod-issues.ts';

export interface BriefingValidation {
  /** The parsed briefing, present only when there are no errors. */
  briefing?: Briefing;
  /** The raw frontmatter as parsed, for loaders that hand it on. */
  data: unknown;
  body: string;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** The line a frontmatter path is written on, for checks that compare this file with others. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

const noLines = () => undefined;

/** The line of the deepest node along `path` that exists (a missing field points at its parent). */
function lineOf(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  firstLine: number,
): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
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
  const { frontmatter, frontmatterLine, body, bodyLine } = splitFrontmatter(text);
  if (frontmatter === undefined) {
    return {
      data: undefined,
      body,
      errors: [contentError([], 'expected YAML frontmatter between --- lines at the top of the file, found none', 1)],
      warnings: [],
      lineOf: noLines,
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(frontmatter, { lineCounter: counter, prettyErrors: false });
  // Only the first syntax error: the parser's later errors are knock-on effects of it (one stray
  // tab yields dozens). `linePos` is only filled in with prettyErrors, so locate by offset.
  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = counter.linePos(yamlError.pos[0]).line + frontmatterLine - 1;
    return {
      data: undefined,
      body,
      errors: [contentError([], `expected valid YAML, found ${yamlError.message.split('\n')[0]}`, line)],
      warnings: [],
      lineOf: noLines,
    };
  }
  const data: unknown = doc.toJS();
  const parsed = briefingSchema.safeParse(data, { reportInput: true });
  // A frontmatter that fails its schema cannot be cross-checked, but the body still can be (against
  // the ids that are there), so one run reports the body's errors too.
  const issues = parsed.success
    ? crossCheckBriefing(parsed.data, body, options.sourceTexts)
    : [...issuesFromZod(parsed.error.issues), ...checkBodySource(body, knownIdsOf(data)).issues];
  // Frontmatter issues are located by their path; body issues carry a body-relative line.
  const located = issues.map((issue) => ({
    ...issue,
    line: issue.path.length
      ? (issue.line ?? lineOf(doc, counter, issue.path, frontmatterLine))
      : issue.line !== undefined
        ? issue.line + bodyLine - 1
        : undefined,
  }));
  const errors = located.filter((i) => i.severity === 'error');
  return {
    briefing: parsed.success && errors.length === 0 ? parsed.data : undefined,
    data,
    body,
    errors,
    warnings: located.filter((i) => i.severity === 'warning'),
    lineOf: (path) => lineOf(doc, counter, path, frontmatterLine),
  };
}
