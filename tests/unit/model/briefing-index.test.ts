import { describe, expect, test } from 'vitest';
import { findFigure, indexBriefing } from '../../../src/lib/model/briefing-index.ts';
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

describe('findFigure', () => {
  test("finds an entity's figure on a metric", () => {
    expect(findFigure(indexBriefing(minimal), 'sample-inc', 'sales-growth')?.id).toBe('sample-sales-growth');
  });

  test('finds nothing when the entity has no figure on that metric', () => {
    expect(findFigure(indexBriefing(minimal), 'sample-inc', 'share-gain')).toBeUndefined();
  });
});
