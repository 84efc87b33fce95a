import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../src/lib/model/briefing-index.ts';
import { evaluateClaim } from '../../src/lib/model/evaluate-claim.ts';
import { containsNumber } from '../../src/lib/validate/number-as-written.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';

const source = readFileSync(new URL('../../content/briefings/alibaba-ai-rally.mdx', import.meta.url), 'utf8');
const result = validateBriefingSource(source);
const briefing = result.briefing!;

describe('the Alibaba AI rally briefing', () => {
  test('validates with no errors and no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.briefing).toBeDefined();
  });

  test('has figures, claims, charts and sections to check', () => {
    expect(briefing.figures.length).toBeGreaterThan(0);
    expect(briefing.claims.length).toBeGreaterThan(0);
    expect(briefing.charts.length).toBeGreaterThan(0);
    expect(briefing.sections.length).toBeGreaterThan(0);
  });

  test.each(briefing.figures.map((f) => [f.id, f] as const))('quotes the value of figure %s', (_id, figure) => {
    expect(containsNumber(figure.quote ?? '', figure.value), `${figure.value} in "${figure.quote}"`).toBe(true);
  });

  test.each(briefing.claims.map((c) => [c.id, c] as const))('holds claim %s', (_id, claim) => {
    const evaluation = evaluateClaim(claim, indexBriefing(briefing));
    expect(evaluation.verdict).toBe('holds');
    expect(evaluation.steps.length).toBeGreaterThan(0);
    expect(evaluation.steps.every((step) => step.verdict === 'holds' || step.verdict === 'stated')).toBe(true);
  });

  test('states the projection as projected and the rally gain as a lower bound', () => {
    const projected = briefing.figures.filter((f) => f.basis === 'projected');
    const bounds = briefing.figures.filter((f) => f.precision !== 'exact');
    expect(projected.length).toBeGreaterThan(0);
    expect(bounds.map((f) => f.precision)).toContain('more-than');
  });
});
