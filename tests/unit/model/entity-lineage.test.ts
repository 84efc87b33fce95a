import { describe, expect, test } from 'vitest';
import { entityLineage } from '../../../src/lib/model/entity-lineage.ts';
import type { Entity } from '../../../src/schemas/entity.ts';

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
