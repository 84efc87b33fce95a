import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { attackCases, misquoteCases, slippedNumberCases } from '../fixtures/attack-briefings.ts';
import { projectRoot } from '../support/build-site.ts';
import { compileChain, mdxCompiler } from '../support/mdx-compile.ts';

const file = 'content/briefings/attack.mdx';
const id = join(projectRoot, file);
let compile: Awaited<ReturnType<typeof compileChain>>;

beforeAll(async () => {
  compile = await compileChain();
});

describe('the attack corpus', () => {
  test('has at least a hundred cases with distinct names and texts', () => {
    expect(attackCases.length).toBeGreaterThanOrEqual(100);
    expect(new Set(attackCases.map((c) => c.name)).size).toBe(attackCases.length);
    expect(new Set(attackCases.map((c) => c.text)).size).toBe(attackCases.length);
  });

  test('holds real attacks: without the guard, the compiler runs what a "--- # data" line hides', async () => {
    const raw = await mdxCompiler();
    const attack = attackCases.find(
      (c) => c.name === 'an expression running a shell command, in the YAML after a document marker "--- # data"',
    )!;
    const compiled = await raw(attack.text, id);
    expect(compiled?.code).toContain('(await import("node:child_process")).execSync("id").toString()');
  });
});

describe.each(attackCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const refusal = `${file}:${c.refusal.line} ${c.refusal.message}`;

  test('is refused by the check, on its line', () => {
    const { errors, briefing } = validateBriefingSource(c.text);
    expect(briefing).toBeUndefined();
    expect(errors.map((issue) => formatContentIssue(file, issue))).toContain(refusal);
  });

  test('is refused on the way to the compiler, on the same line', async () => {
    await expect(compile(c.text, id)).rejects.toThrow(refusal);
  });
});

describe.each(misquoteCases.map((c) => [c.name, c] as const))('a misquote: %s', (_name, c) => {
  test('is refused by the check, on the line of the quote', () => {
    const { errors, briefing } = validateBriefingSource(c.text);
    expect(briefing).toBeUndefined();
    expect(errors.map((issue) => formatContentIssue(file, issue))).toContain(
      `${file}:${c.refusal.line} ${c.refusal.message}`,
    );
  });
});

describe.each(slippedNumberCases.map((c) => [c.name, c] as const))('a number slipped in by %s', (_name, c) => {
  test('is refused by the check, on its line', () => {
    const { errors, briefing } = validateBriefingSource(c.text);
    expect(briefing).toBeUndefined();
    expect(errors.map((issue) => formatContentIssue(file, issue))).toContain(
      `${file}:${c.refusal.line} ${c.refusal.message}`,
    );
  });
});
