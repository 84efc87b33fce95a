import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../src/lib/model/briefing-index.ts';
import { evaluateClaim } from '../../src/lib/model/evaluate-claim.ts';
import { quoteProblem } from '../../src/lib/validate/quotes.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { asBar, readBriefingSource } from '../support/briefings.ts';

const result = validateBriefingSource(readBriefingSource('real'));
const briefing = result.briefing!;
const figure = (id: string) => briefing.figures.find((f) => f.id === id)!;

describe('the Alibaba AI rally briefing', () => {
  test('validates with no errors and no warnings', () => {
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  test.each(briefing.figures.map((f) => [f.id, f] as const))('quotes the value of figure %s', (_id, figure) => {
    expect(quoteProblem({ ...figure, quote: figure.quote ?? '' })).toBeUndefined();
  });

  test.each(briefing.claims.map((c) => [c.id, c] as const))(
    'holds claim %s on figures or the source alone',
    (_id, claim) => {
      const evaluation = evaluateClaim(claim, indexBriefing(briefing));
      expect(evaluation.verdict).toBe('holds');
      // A claim with no step would hold without anything to hold on.
      expect(evaluation.steps.map((step) => step.verdict)).not.toEqual([]);
      expect(evaluation.steps.every((step) => step.verdict === 'holds' || step.verdict === 'stated')).toBe(true);
    },
  );

  test('states the cloud growth as reported with its projection in its history, and the rally gain as a lower bound', () => {
    const cloud = figure('alibaba-cloud-growth');
    expect([cloud.basis, cloud.history.map((h) => h.basis)]).toEqual(['reported', ['projected']]);
    expect(cloud.source).not.toBe(cloud.history[0]!.source);
    expect(figure('alibaba-rally-gain').precision).toBe('more-than');
    expect(figure('alibaba-rally-gain').quote).toMatch(/^surpassing /);
  });

  test('draws the peers the source ranks without numbers as entities, placed by the leads claim', () => {
    const rally = asBar(briefing.charts.find((c) => c.id === 'rally'));
    const leads = briefing.claims.find((c) => c.id === 'rally-led-big-tech');
    const unstated = rally.items.flatMap((item) => ('entity' in item ? [item.entity] : []));
    expect(leads).toMatchObject({ kind: 'leads', figure: 'alibaba-rally-gain' });
    expect(unstated).toEqual(leads?.kind === 'leads' ? leads.over : undefined);
  });
});
