import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { folderSourceTexts } from '../../src/lib/collection/source-texts.ts';
import { formatContentIssue } from '../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { malformedCases, type MalformedCase } from '../fixtures/malformed-briefings.ts';

const file = 'minimal.mdx';
const minimal = readFileSync(new URL('../fixtures/briefings/minimal.mdx', import.meta.url), 'utf8');

/** Applies a case's edits, failing loudly when an edit no longer matches exactly one place. */
function applyEdits(text: string, edits: MalformedCase['edits']): string {
  return edits.reduce((out, [find, replace]) => {
    const count = out.split(find).length - 1;
    if (count !== 1) throw new Error(`expected ${JSON.stringify(find)} once in the fixture, found it ${count} times`);
    return out.replace(find, () => replace);
  }, text);
}

const sourceTexts = folderSourceTexts(fileURLToPath(new URL('../fixtures/sources', import.meta.url)), process.cwd());

function report(text: string, sources = false) {
  const result = validateBriefingSource(text, sources ? { sourceTexts } : {});
  return {
    briefing: result.briefing,
    errors: result.errors.map((issue) => formatContentIssue(file, issue)),
    warnings: result.warnings.map((issue) => formatContentIssue(file, issue)),
  };
}

describe('the malformed-briefing corpus', () => {
  test('starts from a fixture that is valid on its own', () => {
    expect(report(minimal)).toEqual({ briefing: expect.any(Object), errors: [], warnings: [] });
  });

  test('has at least thirty cases with distinct names', () => {
    expect(malformedCases.length).toBeGreaterThanOrEqual(30);
    expect(new Set(malformedCases.map((c) => c.name)).size).toBe(malformedCases.length);
  });

  test('changes the fixture in every case', () => {
    for (const c of malformedCases) expect(applyEdits(minimal, c.edits), c.name).not.toBe(minimal);
  });
});

describe('validateBriefingSource on malformed briefings', () => {
  test.each(malformedCases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = report(applyEdits(minimal, c.edits), c.sources);
    expect(result.errors).toEqual(c.errors);
    expect(result.warnings).toEqual(c.warnings ?? []);
    expect(result.briefing).toBeUndefined();
  });
});

describe('validateBriefingSource on a briefing with unshown figures', () => {
  test('reports a figure that is defined but never shown as a warning, not an error', () => {
    const text = applyEdits(minimal, [
      [' The company opened <Fig id="new-factories" /> new\nfactories last year.', ''],
    ]);
    const result = report(text);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([
      'minimal.mdx:68 figures[4].id: figure "new-factories" is defined but never shown (not in the prose, key figures or a chart)',
    ]);
    expect(result.briefing?.figures.map((f) => f.id)).toContain('new-factories');
  });

  test('counts a figure as shown when it appears only in the key figures', () => {
    const text = applyEdits(minimal, [
      [' The company opened <Fig id="new-factories" /> new\nfactories last year.', ''],
      ['  - example-sales-growth\n\nclaims:', '  - example-sales-growth\n  - new-factories\n\nclaims:'],
    ]);
    expect(report(text)).toMatchObject({ errors: [], warnings: [] });
  });
});
