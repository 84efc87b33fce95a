import { describe, expect, test } from 'vitest';
import { entityPage } from '../../../src/lib/model/entity-page.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

const entities = new Map<string, Entity>(
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
    expect(entityPage('example-corp', entities)).toBe('/companies/example-corp/');
    expect(entityPage('widget-index', entities)).toBe('/companies/widget-index/');
  });

  test("is the company's page for a segment or product that belongs to it", () => {
    expect(entityPage('gizmo', entities)).toBe('/companies/example-corp/');
  });

  test('is undefined for an entity with no company, an unknown id or a parent loop', () => {
    expect(entityPage('loose', entities)).toBeUndefined();
    expect(entityPage('unknown', entities)).toBeUndefined();
    expect(entityPage('loop', entities)).toBeUndefined();
  });
});
