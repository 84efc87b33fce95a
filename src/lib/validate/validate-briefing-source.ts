import type { Root } from 'mdast';
import { type Briefing, briefingSchema } from '../../schemas/briefing.ts';
import { entitySchema } from '../../schemas/entity.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { type ContentIssue, contentError } from '../errors/content-issue.ts';
import { checkBodySource, checkBody } from './check-body.ts';
import { knownIdsOf, type BodyReference } from './body-references.ts';
import { checkProseNumbers, checkShownText, numbersInWords, type NumberInWords } from './check-shown-text.ts';
import { checkQuotes } from './quotes.ts';
import { indexBriefing, type BriefingIndex } from '../model/briefing-index.ts';
import { checkCharts, checkSeriesCharts } from './check-charts.ts';
import { checkClaims } from './check-claims.ts';
import { checkDates, checkHistory, checkPeriods } from './check-figures.ts';
import { checkFigDirection } from './check-fig-direction.ts';
import { checkSourceTexts, type SourceTexts } from './check-source-texts.ts';
import { checkReferences, checkUniqueIds } from './check-references.ts';
import { applyDerivedFigures } from './apply-derived-figures.ts';
import { fileRefusals } from './file-safety.ts';
import { readFrontmatterYaml, splitFrontmatter } from './frontmatter.ts';
import { issuesFromZod } from '../errors/zod-issues.ts';

/** The items of a frontmatter list that pass their own schema, each with its index in the list. */
function validItems<T>(list: unknown, parse: (item: unknown) => T | undefined): { item: T; index: number }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => {
    const item = parse(raw);
    return item === undefined ? [] : [{ item, index }];
  });
}

/**
 * The checks that can still run on a frontmatter that fails its schema, so one run reports every
 * problem a later fix would otherwise reveal: the body's syntax and references, the quotes of each
 * figure that is valid on its own, and bare numbers in the prose.
 */
export function partialChecks(data: unknown, body: string): ContentIssue[] {
  const raw = (data ?? {}) as Record<string, unknown>;
  const figures = validItems(raw.figures, (f) => {
    const parsed = figureSchema.safeParse(f);
    // A derived figure has no value to check until the whole briefing is valid.
    return parsed.success && parsed.data.value !== undefined ? { ...parsed.data, value: parsed.data.value } : undefined;
  });
  const names = validItems(raw.entities, (e) => {
    const parsed = entitySchema.safeParse(e);
    return parsed.success ? parsed.data.name : undefined;
  }).map(({ item }) => item);
  // Quote issues carry the index within the valid figures; put back each figure's own index.
  const quotes = checkQuotes({ figures: figures.map(({ item }) => item) }).map((issue) => ({
    ...issue,
    path: ['figures', figures[issue.path[1] as number]!.index, ...issue.path.slice(2)],
  }));
  const checked = checkBodySource(body, knownIdsOf(data));
  const prose = checked.tree
    ? checkProseNumbers(
        checked.tree,
        figures.map(({ item }) => item),
        names,
      )
    : [];
  return [...quotes, ...checked.issues, ...prose];
}

/** What every check of a schema-valid briefing is given: one signature, so the checks run as lists. */
interface CheckInput {
  briefing: Briefing;
  index: BriefingIndex;
  sourceTexts?: SourceTexts;
}

/** What a check of the body is given as well: its references and its parsed tree. */
interface BodyCheckInput extends CheckInput {
  references: readonly BodyReference[];
  tree: Root;
}

type Check<T = CheckInput> = (input: T) => ContentIssue[];

/** Ids unique and every reference resolving: the checks after them assume both. */
const structuralChecks: Check[] = [
  ({ briefing }) => checkUniqueIds(briefing),
  ({ briefing, index }) => checkReferences(briefing, index),
];

/** Checks that stand alone, reported whatever else fails. */
const standaloneChecks: Check[] = [
  ({ briefing }) => checkQuotes(briefing),
  ({ briefing }) => checkShownText(briefing),
  ({ briefing, sourceTexts }) => (sourceTexts ? checkSourceTexts(briefing, sourceTexts) : []),
  ({ briefing }) => checkHistory(briefing),
  ({ briefing }) => checkPeriods(briefing),
  ({ briefing }) => checkDates(briefing),
];

/** Checks that follow references, run only once every reference resolves, so one typo reports one error. */
const resolvedChecks: Check[] = [
  ({ briefing, index }) => checkClaims(briefing, index),
  ({ briefing, index }) => checkCharts(briefing, index),
  ({ briefing, index }) => checkSeriesCharts(briefing, index),
];

/** Checks of the body against the data, on its one parse. */
const bodyChecks: Check<BodyCheckInput>[] = [
  ({ briefing, index, references }) => checkBody(briefing, index, references),
  ({ briefing, tree }) =>
    checkProseNumbers(
      tree,
      briefing.figures,
      briefing.entities.map((e) => e.name),
    ),
  ({ briefing, tree }) => checkFigDirection(tree, briefing.figures),
];

/**
 * Checks what a schema alone cannot: unique ids, resolving references, claims that hold, quotes
 * that carry their numbers, consistent charts and histories, and a body that matches the data.
 */
export function crossCheckBriefing(briefing: Briefing, body?: string, sourceTexts?: SourceTexts): ContentIssue[] {
  return checkBriefing(briefing, body, sourceTexts).issues;
}

/** The checks of `crossCheckBriefing`, with the body's tree they parsed, for what else reads it. */
function checkBriefing(
  briefing: Briefing,
  body?: string,
  sourceTexts?: SourceTexts,
): { issues: ContentIssue[]; tree?: Root } {
  const input: CheckInput = { briefing, index: indexBriefing(briefing), sourceTexts };
  const run = <T>(checks: readonly Check<T>[], on: T) => checks.flatMap((check) => check(on));
  const structural = run(structuralChecks, input);
  const issues = [
    ...structural,
    ...run(standaloneChecks, input),
    ...(structural.length === 0 ? run(resolvedChecks, input) : []),
  ];
  if (body === undefined) return { issues };
  const parsed = checkBodySource(body, input.index);
  issues.push(...parsed.issues);
  if (parsed.references && parsed.tree)
    issues.push(...run(bodyChecks, { ...input, references: parsed.references, tree: parsed.tree }));
  return { issues, tree: parsed.tree };
}

export interface BriefingValidation {
  /** The parsed briefing, present only when there are no errors. */
  briefing?: Briefing;
  body: string;
  errors: ContentIssue[];
  warnings: ContentIssue[];
  /** The line a frontmatter path is written on, for checks that compare this file with others. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** The numbers the prose writes in words, with their lines in the file, once the body has been checked. */
  numbersInWords?: NumberInWords[];
}

const noLines = () => undefined;
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
    return { body, errors: refusals, warnings: [], lineOf: noLines };
  const yaml = readFrontmatterYaml(frontmatter);
  const lineOf = (path: readonly PropertyKey[]) => {
    const line = yaml.lineOf(path);
    return line === undefined ? undefined : line + frontmatterLine - 1;
  };
  if (yaml.error) {
    return {
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
  const checked = derived?.briefing ? checkBriefing(derived.briefing, body, options.sourceTexts) : undefined;
  const issues = !parsed.success
    ? [...issuesFromZod(parsed.error.issues), ...partialChecks(data, body)]
    : !checked
      ? [...derived!.issues, ...partialChecks(data, body)]
      : checked.issues;
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
    briefing: errors.length === 0 ? derived?.briefing : undefined,
    body,
    errors,
    warnings: located.filter((i) => i.severity === 'warning'),
    lineOf,
    ...(checked?.tree && {
      numbersInWords: numbersInWords(checked.tree).map(({ line, text }) => ({ line: line + bodyLine - 1, text })),
    }),
  };
}
