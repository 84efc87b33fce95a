import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { describeFailedStep, evaluateClaim, type ClaimSide } from '../../../src/lib/model/evaluate-claim.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import type { Claim, Relation } from '../../../src/schemas/claim.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { loadBriefing } from '../../support/briefings.ts';
import { sampleShareGain } from '../../support/sample-share-gain.ts';
import { briefingWithFigures } from '../../support/number-briefing.ts';
import { buildClaimView } from '../../../src/lib/view/claim-view.ts';

const minimal = loadBriefing('minimal');

/** The minimal briefing with some figures changed or added. */
function withFigures(change: (figures: Figure[]) => void): Briefing {
  const briefing = structuredClone(minimal);
  change(briefing.figures);
  return briefing;
}

function figure(briefing: Briefing, id: string): Figure {
  return briefing.figures.find((f) => f.id === id)!;
}

function claim(id: string): Claim {
  return minimal.claims.find((c) => c.id === id)!;
}

describe('evaluateClaim', () => {
  test('holds a compare claim whose lower bound sits at the other value', () => {
    const result = evaluateClaim(claim('shares-beat-index'), indexBriefing(minimal));
    expect(result.verdict).toBe('holds');
    expect(result.steps).toHaveLength(1);
    expect(result.steps[0]).toMatchObject({ relation: 'above', verdict: 'holds' });
    expect(result.steps[0]!.subject).toEqual({ figure: figure(minimal, 'example-share-gain') });
    expect(result.steps[0]!.other).toEqual({ figure: figure(minimal, 'index-share-gain') });
  });

  test('fails a compare claim whose relation is the wrong way round', () => {
    const below: Claim = { ...claim('shares-beat-index'), kind: 'compare', is: 'below' } as Claim;
    expect(evaluateClaim(below, indexBriefing(minimal)).verdict).toBe('fails');
  });

  test('is undetermined when a bound does not settle the comparison', () => {
    const briefing = withFigures((figures) => {
      figures.find((f) => f.id === 'index-share-gain')!.value = 45;
    });
    expect(evaluateClaim(claim('shares-beat-index'), indexBriefing(briefing)).verdict).toBe('undetermined');
  });

  test('compares each neighbouring pair of a ranking', () => {
    const ranking: Claim = {
      id: 'three-way',
      kind: 'ranking',
      statement: 'Example Corp, then Widget Index, then Sample Inc.',
      order: ['example-share-gain', 'index-share-gain', 'sample-sales-growth'],
    };
    const result = evaluateClaim(ranking, indexBriefing(minimal));
    const id = (side: ClaimSide) => ('figure' in side ? side.figure.id : null);
    expect(result.steps.map((s) => [id(s.subject), id(s.other), s.verdict])).toEqual([
      ['example-share-gain', 'index-share-gain', 'holds'],
      ['index-share-gain', 'sample-sales-growth', 'holds'],
    ]);
    expect(result.verdict).toBe('holds');
  });

  test('fails a ranking when one pair is out of order', () => {
    const briefing = withFigures((figures) => {
      figures.find((f) => f.id === 'sample-sales-growth')!.value = 14;
    });
    const result = evaluateClaim(claim('sales-ranking'), indexBriefing(briefing));
    expect(result.verdict).toBe('fails');
    expect(result.steps.map((s) => s.verdict)).toEqual(['fails']);
  });

  test('takes a leads claim over entities without figures as stated by the source', () => {
    const result = evaluateClaim(claim('shares-led-peers'), indexBriefing(minimal));
    expect(result.verdict).toBe('holds');
    expect(result.steps.map((s) => [s.other, s.verdict])).toEqual([
      [{ entityName: 'Sample Inc' }, 'stated'],
      [{ entityName: 'Demo Ltd' }, 'stated'],
    ]);
  });

  test('checks a leads claim against a figure a led entity has on the same metric', () => {
    const lower = withFigures((figures) => figures.push(sampleShareGain(minimal, 30)));
    expect(evaluateClaim(claim('shares-led-peers'), indexBriefing(lower)).steps[0]).toMatchObject({ verdict: 'holds' });
    const higher = withFigures((figures) => figures.push(sampleShareGain(minimal, 50)));
    expect(evaluateClaim(claim('shares-led-peers'), indexBriefing(higher)).verdict).toBe('undetermined');
  });

  test('fails a leads claim with an exact leader when a led entity is higher', () => {
    const briefing = withFigures((figures) => {
      figures.find((f) => f.id === 'example-share-gain')!.precision = 'exact';
      figures.push(sampleShareGain(minimal, 50));
    });
    expect(evaluateClaim(claim('shares-led-peers'), indexBriefing(briefing)).verdict).toBe('fails');
  });

  test('ignores figures on other metrics when checking a leads claim', () => {
    // Sample Inc has a sales-growth figure, but the leads claim is about share gains.
    const result = evaluateClaim(claim('shares-led-peers'), indexBriefing(minimal));
    expect(result.steps[0]!.verdict).toBe('stated');
  });

  test("checks a leads claim only against a led entity's figure for the same period", () => {
    const lastYear = withFigures((figures) => figures.push({ ...sampleShareGain(minimal, 90), period: 'Last year' }));
    expect(evaluateClaim(claim('shares-led-peers'), indexBriefing(lastYear)).steps[0]).toMatchObject({
      other: { entityName: 'Sample Inc' },
      verdict: 'stated',
    });
    const bothYears = withFigures((figures) =>
      figures.push(
        { ...sampleShareGain(minimal, 90), id: 'sample-last-year', period: 'Last year' },
        sampleShareGain(minimal, 30),
      ),
    );
    const step = evaluateClaim(claim('shares-led-peers'), indexBriefing(bothYears)).steps[0]!;
    expect('figure' in step.other && step.other.figure.id).toBe('sample-share-gain');
    expect(step.verdict).toBe('holds');
  });

  test("checks an outranks claim with each of the entity's figures against the rival's for the same period", () => {
    const outranks: Claim = {
      id: 'gains-lead',
      kind: 'outranks',
      statement: 'Example Corp gained more than Sample Inc.',
      entity: 'example-corp',
      metric: 'share-gain',
      over: ['sample-inc'],
    };
    const lastYear = {
      ...figure(minimal, 'example-share-gain'),
      id: 'example-last-year',
      period: 'Last year',
      value: 90,
    };
    // Whichever order the figures are listed in, this year's 40%+ is set against Sample Inc's 80%.
    for (const order of [(f: Figure[]) => f.unshift(lastYear), (f: Figure[]) => f.push(lastYear)]) {
      const briefing = withFigures((figures) => {
        order(figures);
        figures.find((f) => f.id === 'example-share-gain')!.precision = 'exact';
        figures.push(sampleShareGain(minimal, 80));
      });
      const result = evaluateClaim(outranks, indexBriefing(briefing));
      expect(result.steps.map((s) => [s.verdict, 'figure' in s.subject && s.subject.figure.id])).toEqual([
        ['fails', 'example-share-gain'],
      ]);
    }
  });

  test('lets a failing step outweigh an undetermined one', () => {
    const briefing = withFigures((figures) => {
      figures.push(sampleShareGain(minimal, 50));
      figures.push({ ...sampleShareGain(minimal, 30), id: 'demo-share-gain', entity: 'demo-ltd' });
      figures.find((f) => f.id === 'example-share-gain')!.precision = 'less-than';
    });
    const result = evaluateClaim(claim('shares-led-peers'), indexBriefing(briefing));
    expect(result.steps.map((s) => s.verdict)).toEqual(['fails', 'undetermined']);
    expect(result.verdict).toBe('fails');
  });
});

describe('evaluateClaim on an outranks claim', () => {
  const outranks: Claim = {
    id: 'model-beat-rivals',
    kind: 'outranks',
    statement: "Example Corp's model beat Sample Inc's and Demo Ltd's in tests.",
    entity: 'example-corp',
    metric: 'benchmark-score',
    over: ['sample-inc', 'demo-ltd'],
  };
  const score = (entity: string, value: number): Figure => ({
    ...figure(minimal, 'index-share-gain'),
    id: `${entity}-score`,
    label: `${entity} score`,
    entity,
    metric: 'benchmark-score',
    unit: 'count',
    value,
  });

  test("lets the source's word stand when no side has a number, inventing none", () => {
    const result = evaluateClaim(outranks, indexBriefing(minimal));
    expect(result.verdict).toBe('holds');
    expect(result.steps).toEqual([
      {
        subject: { entityName: 'Example Corp' },
        relation: 'above',
        other: { entityName: 'Sample Inc' },
        verdict: 'stated',
      },
      {
        subject: { entityName: 'Example Corp' },
        relation: 'above',
        other: { entityName: 'Demo Ltd' },
        verdict: 'stated',
      },
    ]);
  });

  test('checks the ranking against figures once both sides have one on the metric', () => {
    const briefing = withFigures((figures) => figures.push(score('example-corp', 80), score('sample-inc', 90)));
    const result = evaluateClaim(outranks, indexBriefing(briefing));
    expect(result.steps.map((s) => s.verdict)).toEqual(['fails', 'stated']);
    expect(result.verdict).toBe('fails');
    expect(describeFailedStep(result.steps[0]!)).toBe('example-corp score 80 is not above sample-inc score 90');
    expect(result.steps[1]!.subject).toEqual({ figure: score('example-corp', 80) });
  });
});

describe('describeFailedStep', () => {
  test('names both figures with their values', () => {
    const briefing = withFigures((figures) => {
      figures.find((f) => f.id === 'sample-sales-growth')!.value = 14;
    });
    const [step] = evaluateClaim(claim('sales-ranking'), indexBriefing(briefing)).steps;
    expect(describeFailedStep(step!)).toBe(
      'Example Corp sales growth 12.5% (projected) is not above Sample Inc sales growth 14% (projected)',
    );
  });

  test('says "not certainly" for an undetermined step and keeps the bound in words', () => {
    const briefing = withFigures((figures) => {
      figures.find((f) => f.id === 'index-share-gain')!.value = 45;
    });
    const [step] = evaluateClaim(claim('shares-beat-index'), indexBriefing(briefing)).steps;
    expect(describeFailedStep(step!)).toBe(
      'Example Corp share gain more than 40% is not certainly above Widget Index gain 45%',
    );
  });

  test('spells out the relation', () => {
    const atMost: Claim = {
      id: 'c',
      kind: 'compare',
      statement: 's',
      figure: 'example-sales-growth',
      is: 'at-most',
      than: 'sample-sales-growth',
    };
    const [step] = evaluateClaim(atMost, indexBriefing(minimal)).steps;
    expect(step!.verdict).toBe('fails');
    expect(describeFailedStep(step!)).toBe(
      'Example Corp sales growth 12.5% (projected) is not at most Sample Inc sales growth 8% (projected)',
    );
  });
});

describe('evaluateClaim with amounts and ranges', () => {
  const compare = (figure: string, is: Relation, than: string): Claim => ({
    id: 'c',
    kind: 'compare',
    statement: 'A comparison.',
    figure,
    is,
    than,
  });

  test('compares amounts at their true size, whatever scale each is written in', () => {
    const { briefing } = briefingWithFigures([
      { id: 'cloud', unit: 'currency', currency: 'USD', scale: 'billion', value: 4.3, quote: 'US$4.3 billion' },
      { id: 'ads', unit: 'currency', currency: 'USD', scale: 'million', value: 500, quote: '$500 million' },
    ]);
    const result = evaluateClaim(compare('cloud', 'above', 'ads'), indexBriefing(briefing));
    expect(result.verdict).toBe('holds');
    expect(evaluateClaim(compare('ads', 'above', 'cloud'), indexBriefing(briefing)).verdict).toBe('fails');
  });

  test('holds a value within a range, and says why one outside it fails', () => {
    const { briefing } = briefingWithFigures([
      { id: 'growth', value: 3, quote: 'grew 3%' },
      { id: 'guidance', value: 2, to: 4, basis: 'projected', quote: 'growth of 2% to 4%' },
      { id: 'fall', value: -1, quote: 'fell 1%' },
    ]);
    const index = indexBriefing(briefing);
    expect(evaluateClaim(compare('growth', 'within', 'guidance'), index).verdict).toBe('holds');
    const outside = evaluateClaim(compare('fall', 'within', 'guidance'), index);
    expect(outside.verdict).toBe('fails');
    expect(describeFailedStep(outside.steps[0]!)).toBe(
      'Example figure −1% is not within Example figure 2% – 4% (projected)',
    );
    expect(evaluateClaim(compare('fall', 'below', 'guidance'), index).verdict).toBe('holds');
  });
});

const series = loadBriefing('series');
const seriesClaim = (id: string) => series.claims.find((c) => c.id === id)!;

/** The fixture with some figures changed. */
function withSeriesFigures(changes: Record<string, Partial<Figure>>): Briefing {
  return { ...series, figures: series.figures.map((f) => ({ ...f, ...changes[f.id] })) };
}

function evaluate(c: Claim, briefing: Briefing = series) {
  const result = evaluateClaim(c, indexBriefing(briefing));
  return { verdict: result.verdict, failed: result.steps.filter((s) => s.verdict !== 'holds').map(describeFailedStep) };
}

describe('evaluateClaim on a trend', () => {
  test('holds when each figure is above the one before', () => {
    expect(evaluate(seriesClaim('cloud-sped-up'))).toEqual({ verdict: 'holds', failed: [] });
  });

  test('fails when growth slowed, naming both values and their periods', () => {
    expect(evaluate(seriesClaim('cloud-sped-up'), withSeriesFigures({ 'cloud-growth-q2': { value: 9 } }))).toEqual({
      verdict: 'fails',
      failed: [
        'Example Cloud revenue growth 9% in Apr–Jun 2025 is not above Example Cloud revenue growth 10% in Jan–Mar 2025',
      ],
    });
  });

  test('is undetermined when a bound allows both a rise and a fall', () => {
    const bounded = withSeriesFigures({ 'cloud-growth-q1': { value: 8, precision: 'more-than' } });
    expect(evaluate(seriesClaim('cloud-sped-up'), bounded)).toEqual({
      verdict: 'undetermined',
      failed: [
        'Example Cloud revenue growth 14% in Apr–Jun 2025 is not certainly above Example Cloud revenue growth more than 8% in Jan–Mar 2025',
      ],
    });
  });

  test('holds for a fall when each figure is below the one before', () => {
    const falling = { ...seriesClaim('cloud-sped-up'), direction: 'falling' } as Claim;
    expect(evaluate(falling, withSeriesFigures({ 'cloud-growth-q2': { value: 7 } })).verdict).toBe('holds');
    expect(evaluate(falling).verdict).toBe('fails');
  });

  test('shows the series in order as its evidence', () => {
    expect(buildClaimView(seriesClaim('cloud-sped-up'), indexBriefing(series)).evidence).toBe(
      'Example Cloud revenue growth: 10% (Jan–Mar 2025), then 14% (Apr–Jun 2025).',
    );
  });
});

describe('evaluateClaim on a beat or miss', () => {
  test('holds a beat when the reported figure is above the estimate, and a miss when below', () => {
    expect(evaluate(seriesClaim('sales-beat'))).toEqual({ verdict: 'holds', failed: [] });
    expect(evaluate(seriesClaim('margin-missed'))).toEqual({ verdict: 'holds', failed: [] });
  });

  test('fails a beat when the result fell short, naming the values', () => {
    expect(evaluate(seriesClaim('sales-beat'), withSeriesFigures({ 'sales-growth': { value: 9 } }))).toEqual({
      verdict: 'fails',
      failed: ['Example Corp sales growth 9% is not above Expected Example Corp sales growth 10% (estimate)'],
    });
  });

  test('fails a beat when the result only matched the estimate', () => {
    expect(evaluate(seriesClaim('sales-beat'), withSeriesFigures({ 'sales-growth': { value: 10 } })).verdict).toBe(
      'fails',
    );
  });

  test('is undetermined when the estimate is only a bound the result may fall short of', () => {
    const bounded = withSeriesFigures({ 'sales-growth-estimate': { value: 11, precision: 'at-least' } });
    expect(evaluate(seriesClaim('sales-beat'), bounded)).toEqual({
      verdict: 'undetermined',
      failed: [
        'Example Corp sales growth 12% is not certainly above Expected Example Corp sales growth at least 11% (estimate)',
      ],
    });
    const below = withSeriesFigures({ 'sales-growth-estimate': { value: 12, precision: 'less-than' } });
    expect(evaluate(seriesClaim('sales-beat'), below).verdict).toBe('holds');
  });

  test('shows the result against the estimate as its evidence, the basis not repeated where the name says it', () => {
    expect(buildClaimView(seriesClaim('sales-beat'), indexBriefing(series)).evidence).toBe(
      'Example Corp sales growth: 12%. Expected Example Corp sales growth: 10%.',
    );
  });
});
