import { describe, expect, test } from 'vitest';
import { figuresOn, indexBriefing, counterpartFigure, placingClaim } from '../../../src/lib/model/briefing-index.ts';
import { editBriefing, loadBriefing, asBar } from '../../support/briefings.ts';
import type { Figure } from '../../../src/schemas/figure.ts';

const minimal = loadBriefing('minimal');

describe('indexBriefing', () => {
  test("looks up each list's items by id", () => {
    const index = indexBriefing(minimal);
    expect(index.figures.get('new-factories')).toBe(minimal.figures[4]);
    expect(index.entities.get('demo-ltd')?.name).toBe('Demo Ltd');
    expect([...index.sections.keys()]).toEqual(['shares', 'sales']);
    expect(index.claims.get('nothing')).toBeUndefined();
  });

  test('keeps the first of two items with the same id', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.entities.push({ ...b.entities[0]!, name: 'Example Corp (again)' });
    });
    expect(indexBriefing(briefing).entities.get('example-corp')?.name).toBe('Example Corp');
  });
});

describe('figuresOn', () => {
  test("lists an entity's figures on a metric, in the order they are written", () => {
    const briefing = editBriefing(minimal, (b) =>
      b.figures.push({ ...b.figures[3]!, id: 'sample-sales-growth-later', period: 'The year after' }),
    );
    expect(figuresOn(indexBriefing(briefing), 'sample-inc', 'sales-growth').map((f) => f.id)).toEqual([
      'sample-sales-growth',
      'sample-sales-growth-later',
    ]);
  });

  test('finds nothing when the entity has no figure on that metric', () => {
    expect(figuresOn(indexBriefing(minimal), 'sample-inc', 'share-gain')).toEqual([]);
  });
});

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

const [shareGains, salesGrowth] = [asBar(minimal.charts[0]), asBar(minimal.charts[1])];

describe('placingClaim', () => {
  test('finds the leads claim whose leader is on the chart and whose peers include the entity', () => {
    expect(placingClaim(shareGains, 'demo-ltd', indexBriefing(minimal))).toBe(minimal.claims[1]);
  });

  test('finds none for an entity the claim does not name', () => {
    expect(placingClaim(shareGains, 'widget-index', indexBriefing(minimal))).toBeUndefined();
  });

  test("finds none when the claim's leader is not on the chart", () => {
    expect(placingClaim(salesGrowth, 'demo-ltd', indexBriefing(minimal))).toBeUndefined();
  });

  test('ignores claims of other kinds that name the entity', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.claims.splice(1, 1, {
        id: 'shares-led-peers',
        kind: 'outranks',
        statement: 'Example Corp gained more than Demo Ltd.',
        entity: 'example-corp',
        metric: 'share-gain',
        over: ['demo-ltd'],
      });
    });
    expect(placingClaim(shareGains, 'demo-ltd', indexBriefing(briefing))).toBeUndefined();
  });
});
