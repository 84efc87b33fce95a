import { describe, expect, test } from 'vitest';
import {
  entityKindHeading,
  entityKindNoun,
  entityLineage,
  fiscalYearEndOf,
  entityPage,
} from '../../../src/lib/model/entities.ts';
import type { Entity } from '../../../src/schemas/entity.ts';
import { figurePeriod } from '../../../src/lib/model/periods.ts';

const entities = new Map<string, Entity>(
  [
    { id: 'example-corp', name: 'Example Corp', kind: 'company' },
    { id: 'gadgets', name: 'Example Gadgets', kind: 'segment', parent: 'example-corp' },
    { id: 'gizmo', name: 'Gizmo', kind: 'product', parent: 'gadgets' },
    { id: 'a', name: 'A', kind: 'segment', parent: 'b' },
    { id: 'b', name: 'B', kind: 'segment', parent: 'a' },
  ].map((e) => [e.id, e as Entity]),
);

describe('entityLineage', () => {
  test('lists an entity, then what it belongs to, nearest first', () => {
    expect(entityLineage('gizmo', entities).map((e) => e.id)).toEqual(['gizmo', 'gadgets', 'example-corp']);
  });

  test('is empty for an unknown id and stops at a loop of parents', () => {
    expect(entityLineage('unknown', entities)).toEqual([]);
    expect(entityLineage('a', entities).map((e) => e.id)).toEqual(['a', 'b']);
  });
});

const fiscalEntities = new Map<string, Entity>([
  ['example-corp', { id: 'example-corp', name: 'Example Corp', kind: 'company', fiscalYearEnd: 'March' }],
  ['example-cloud', { id: 'example-cloud', name: 'Example Cloud', kind: 'segment', parent: 'example-corp' }],
  ['sample-inc', { id: 'sample-inc', name: 'Sample Inc', kind: 'company' }],
]);

describe('fiscalYearEndOf', () => {
  test("takes the entity's own year end, or its parent's for a segment", () => {
    expect(fiscalYearEndOf('example-corp', fiscalEntities)).toBe('March');
    expect(fiscalYearEndOf('example-cloud', fiscalEntities)).toBe('March');
  });

  test('is undefined when neither declares one, or the entity is unknown', () => {
    expect(fiscalYearEndOf('sample-inc', fiscalEntities)).toBeUndefined();
    expect(fiscalYearEndOf('nobody', fiscalEntities)).toBeUndefined();
  });
});

describe('figurePeriod', () => {
  test("reads a segment's fiscal quarter on its company's fiscal year", () => {
    const period = figurePeriod(
      { entity: 'example-cloud', period: { kind: 'quarter', year: 2026, quarter: 2, fiscal: true } },
      fiscalEntities,
    );
    expect(period).toEqual({
      range: { start: '2025-07-01', end: '2025-09-30' },
      words: 'the quarter to 30 September 2025 (Q2 of fiscal 2026)',
      heading: 'The quarter to 30 September 2025 (Q2 of fiscal 2026)',
      axis: 'Jul–Sep 2025',
    });
  });

  test('leaves a period in words without a range', () => {
    expect(figurePeriod({ entity: 'sample-inc', period: 'The current rally' }, fiscalEntities)).toEqual({
      range: undefined,
      words: 'The current rally',
      heading: 'The current rally',
      axis: 'The current rally',
    });
  });
});

const pageEntities = new Map<string, Entity>(
  [
    { id: 'example-corp', name: 'Example Corp', kind: 'company' },
    { id: 'widget-index', name: 'Widget Index', kind: 'index' },
    { id: 'gadgets', name: 'Example Gadgets', kind: 'segment', parent: 'example-corp' },
    { id: 'gizmo', name: 'Gizmo', kind: 'product', parent: 'gadgets' },
    { id: 'loose', name: 'Loose product', kind: 'product' },
    { id: 'loop', name: 'Looped segment', kind: 'segment', parent: 'loop' },
  ].map((e) => [e.id, e as Entity]),
);

describe('entityPage', () => {
  test('is the own page of a company or an index', () => {
    expect(entityPage('example-corp', pageEntities)).toBe('/companies/example-corp/');
    expect(entityPage('widget-index', pageEntities)).toBe('/companies/widget-index/');
  });

  test("is the company's page for a segment or product that belongs to it", () => {
    expect(entityPage('gizmo', pageEntities)).toBe('/companies/example-corp/');
  });

  test('is undefined for an entity with no company, an unknown id or a parent loop', () => {
    expect(entityPage('loose', pageEntities)).toBeUndefined();
    expect(entityPage('unknown', pageEntities)).toBeUndefined();
    expect(entityPage('loop', pageEntities)).toBeUndefined();
  });
});

describe('entityKindHeading', () => {
  test('heads a column of one kind by that kind', () => {
    expect(entityKindHeading(['company', 'company'])).toBe('Company');
    expect(entityKindHeading(['index'])).toBe('Index');
    expect(entityKindHeading(['segment', 'segment'])).toBe('Business');
    expect(entityKindHeading(['product'])).toBe('Product');
  });

  test('heads companies with an index as both, and any other mixture as names', () => {
    expect(entityKindHeading(['company', 'index', 'company'])).toBe('Company or index');
    expect(entityKindHeading(['company', 'segment'])).toBe('Name');
    expect(entityKindHeading([])).toBe('Name');
  });
});

describe('entityKindNoun', () => {
  test('refers to an entity by its kind', () => {
    expect(entityKindNoun('company')).toBe('the company');
    expect(entityKindNoun('index')).toBe('the index');
  });
});
