import { describe, expect, test } from 'vitest';
import { figuresOn, indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

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
