import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { describeFailedStep, evaluateClaim } from '../../../src/lib/model/evaluate-claim.ts';
import { buildClaimView } from '../../../src/lib/view/claim-view.ts';
import { loadBriefing } from '../../support/briefings.ts';

const series = loadBriefing('series');
const claim = (id: string) => series.claims.find((c) => c.id === id)!;

/** The fixture with some figures changed. */
function withFigures(changes: Record<string, Partial<Figure>>): Briefing {
  return { ...series, figures: series.figures.map((f) => ({ ...f, ...changes[f.id] })) };
}

function evaluate(c: Claim, briefing: Briefing = series) {
  const result = evaluateClaim(c, indexBriefing(briefing));
  return { verdict: result.verdict, failed: result.steps.filter((s) => s.verdict !== 'holds').map(describeFailedStep) };
}

describe('evaluateClaim on a trend', () => {
  test('holds when each figure is above the one before', () => {
    expect(evaluate(claim('cloud-sped-up'))).toEqual({ verdict: 'holds', failed: [] });
  });

  test('fails when growth slowed, naming both values and their periods', () => {
    expect(evaluate(claim('cloud-sped-up'), withFigures({ 'cloud-growth-q2': { value: 9 } }))).toEqual({
      verdict: 'fails',
      failed: [
        'Example Cloud revenue growth 9% in Apr–Jun 2025 is not above Example Cloud revenue growth 10% in Jan–Mar 2025',
      ],
    });
  });

  test('is undetermined when a bound allows both a rise and a fall', () => {
    const bounded = withFigures({ 'cloud-growth-q1': { value: 8, precision: 'more-than' } });
    expect(evaluate(claim('cloud-sped-up'), bounded)).toEqual({
      verdict: 'undetermined',
      failed: [
        'Example Cloud revenue growth 14% in Apr–Jun 2025 is not certainly above Example Cloud revenue growth more than 8% in Jan–Mar 2025',
      ],
    });
  });

  test('holds for a fall when each figure is below the one before', () => {
    const falling = { ...claim('cloud-sped-up'), direction: 'falling' } as Claim;
    expect(evaluate(falling, withFigures({ 'cloud-growth-q2': { value: 7 } })).verdict).toBe('holds');
    expect(evaluate(falling).verdict).toBe('fails');
  });

  test('shows the series in order as its evidence', () => {
    expect(buildClaimView(claim('cloud-sped-up'), indexBriefing(series)).evidence).toBe(
      'Example Cloud revenue growth: 10% (Jan–Mar 2025), then 14% (Apr–Jun 2025)',
    );
  });
});

describe('evaluateClaim on a beat or miss', () => {
  test('holds a beat when the reported figure is above the estimate, and a miss when below', () => {
    expect(evaluate(claim('sales-beat'))).toEqual({ verdict: 'holds', failed: [] });
    expect(evaluate(claim('margin-missed'))).toEqual({ verdict: 'holds', failed: [] });
  });

  test('fails a beat when the result fell short, naming the values', () => {
    expect(evaluate(claim('sales-beat'), withFigures({ 'sales-growth': { value: 9 } }))).toEqual({
      verdict: 'fails',
      failed: ['Example Corp sales growth 9% is not above Expected Example Corp sales growth 10% (estimate)'],
    });
  });

  test('fails a beat when the result only matched the estimate', () => {
    expect(evaluate(claim('sales-beat'), withFigures({ 'sales-growth': { value: 10 } })).verdict).toBe('fails');
  });

  test('is undetermined when the estimate is only a bound the result may fall short of', () => {
    const bounded = withFigures({ 'sales-growth-estimate': { value: 11, precision: 'at-least' } });
    expect(evaluate(claim('sales-beat'), bounded)).toEqual({
      verdict: 'undetermined',
      failed: [
        'Example Corp sales growth 12% is not certainly above Expected Example Corp sales growth at least 11% (estimate)',
      ],
    });
    const below = withFigures({ 'sales-growth-estimate': { value: 12, precision: 'less-than' } });
    expect(evaluate(claim('sales-beat'), below).verdict).toBe('holds');
  });

  test('shows the result against the estimate as its evidence', () => {
    expect(buildClaimView(claim('sales-beat'), indexBriefing(series)).evidence).toBe(
      'Example Corp sales growth 12% vs Expected Example Corp sales growth 10% (estimate)',
    );
  });
});
