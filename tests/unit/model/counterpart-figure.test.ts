import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { counterpartFigure } from '../../../src/lib/model/counterpart-figure.ts';
import type { Figure } from '../../../src/schemas/figure.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const leader = minimal.figures.find((f) => f.id === 'example-share-gain')!;
const rival = (id: string, change: Partial<Figure>): Figure => ({
  ...minimal.figures.find((f) => f.id === 'index-share-gain')!,
  id,
  entity: 'sample-inc',
  ...change,
});
const counterpart = (...figures: Figure[]) =>
  counterpartFigure(indexBriefing(editBriefing(minimal, (b) => b.figures.push(...figures))), leader, 'sample-inc')?.id;

describe('counterpartFigure', () => {
  test("finds the entity's figure on the same metric for the same period", () => {
    expect(counterpart(rival('sample-gain', {}))).toBe('sample-gain');
  });

  test('finds none for another period, another metric, or an entity without figures', () => {
    expect(counterpart(rival('sample-gain', { period: 'Last year' }))).toBeUndefined();
    expect(counterpart(rival('sample-gain', { metric: 'sales-growth' }))).toBeUndefined();
    expect(counterpart()).toBeUndefined();
  });

  test("prefers a figure of the leader's basis to one of another basis", () => {
    const projected = rival('sample-projected', { basis: 'projected' });
    expect(counterpart(projected, rival('sample-reported', {}))).toBe('sample-reported');
    expect(counterpart(projected)).toBe('sample-projected');
  });
});
