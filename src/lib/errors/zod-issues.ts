import type { z } from 'zod';
import { contentError, type ContentIssue } from './content-issue.ts';
import { describeValue } from './wording.ts';

type ZodIssue = z.core.$ZodIssue;

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object (fields on indented lines)',
  date: 'a date',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function listValues(values: readonly unknown[]): string {
  const quoted = values.map((v) => JSON.stringify(v));
  return quoted.length === 1 ? quoted[0]! : `one of ${quoted.join(', ')}`;
}

/** What a union branch that failed on the value itself expected: "a number", "2", or undefined. */
function branchExpectation(branch: readonly ZodIssue[]): string | undefined {
  const [issue] = branch;
  if (branch.length !== 1 || !issue || issue.path.length > 0) return undefined;
  if (issue.code === 'invalid_type') return typeNames[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return issue.values.map((v) => JSON.stringify(v)).join(' or ');
  return undefined;
}

/** A union issue's most specific branch: the one whose problems sit deepest in the input. */
function deepestBranch(errors: readonly ZodIssue[][]): ZodIssue[] | undefined {
  let best: ZodIssue[] | undefined;
  let bestDepth = 0;
  for (const branch of errors) {
    const depth = Math.min(...branch.map((issue) => issue.path.length));
    if (depth > bestDepth) [best, bestDepth] = [branch, depth];
  }
  return best;
}

function expectedAndFound(issue: ZodIssue): string {
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return `expected ${typeNames[issue.expected] ?? issue.expected}, found nothing (the field is missing)`;
      return `expected ${typeNames[issue.expected] ?? issue.expected}, found ${found}`;
    case 'invalid_value':
      return `expected ${listValues(issue.values)}, found ${issue.input === undefined ? 'nothing (the field is missing)' : found}`;
    case 'invalid_union':
      // Only a union that no option matched says which discriminator values it accepts.
      if (issue.discriminator && 'options' in issue && issue.options) {
        return `expected ${issue.discriminator} to be ${listValues(issue.options)}, found ${describeValue((issue.input as Record<string, unknown> | undefined)?.[issue.discriminator])}`;
      }
      {
        // No branch got further than the value itself: list what each would have accepted.
        const expected = issue.errors.map(branchExpectation);
        if (expected.every(Boolean)) return `expected ${[...new Set(expected)].join(' or ')}, found ${found}`;
      }
      return `${lowerFirst(issue.message)}, found ${found}`;
    default:
      return `${lowerFirst(issue.message)}, found ${found}`;
  }
}

/** Turns zod's issues into content issues: one place decides how every schema error reads. */
export function issuesFromZod(issues: readonly ZodIssue[], basePath: readonly PropertyKey[] = []): ContentIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'invalid_union' && !issue.discriminator) {
      const branch = deepestBranch(issue.errors);
      if (branch) return issuesFromZod(branch, [...basePath, ...issue.path]);
    }
    const path = [...basePath, ...issue.path];
    // One issue per unknown field, located on the field itself so the line points at the typo.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) =>
        contentError([...path, key], `expected only the documented fields, found unknown field "${key}"`),
      );
    }
    // zod puts the discriminator at the end of the path already; add it only when it does not.
    if (issue.code === 'invalid_union' && issue.discriminator && path.at(-1) !== issue.discriminator)
      path.push(issue.discriminator);
    return [contentError(path, expectedAndFound(issue))];
  });
}
