import { describe, expect, test } from 'vitest';
import {
  claimSchema,
  compareClaimSchema,
  leadsClaimSchema,
  outranksClaimSchema,
  rankingClaimSchema,
} from '../../../src/schemas/claim.ts';

const compare = {
  id: 'beat-index',
  kind: 'compare',
  statement: 'Example Corp beat the index.',
  figure: 'example-gain',
  is: 'above',
  than: 'index-gain',
};
const ranking = {
  id: 'growth-order',
  kind: 'ranking',
  statement: 'Example, then Sample.',
  order: ['example-growth', 'sample-growth'],
};
const leads = {
  id: 'led-peers',
  kind: 'leads',
  statement: 'Example led its peers.',
  figure: 'example-gain',
  over: ['sample-inc'],
};
const outranks = {
  id: 'model-beat-rivals',
  kind: 'outranks',
  statement: "Example's model beat Sample's in tests.",
  entity: 'example-model',
  metric: 'benchmark-score',
  over: ['sample-model'],
};

describe('claimSchema', () => {
  test('accepts each kind of claim', () => {
    expect(claimSchema.parse(compare)).toEqual(compare);
    expect(claimSchema.parse(ranking)).toEqual(ranking);
    expect(claimSchema.parse(leads)).toEqual(leads);
    expect(claimSchema.parse(outranks)).toEqual(outranks);
  });

  test('rejects an unknown kind', () => {
    expect(() => claimSchema.parse({ ...compare, kind: 'comparison' })).toThrow(
      "Invalid discriminator value. Expected 'compare' | 'ranking' | 'leads' | 'outranks'",
    );
  });

  test('rejects a claim without a statement', () => {
    const { statement: _s, ...rest } = leads;
    expect(() => claimSchema.parse(rest)).toThrow('expected string, received undefined');
  });

  test('rejects fields that belong to another kind', () => {
    expect(() => claimSchema.parse({ ...ranking, figure: 'example-growth' })).toThrow('Unrecognized key: \\"figure\\"');
  });
});

describe('compareClaimSchema', () => {
  test('accepts every relation', () => {
    for (const is of ['above', 'below', 'at-least', 'at-most', 'equal'])
      expect(compareClaimSchema.parse({ ...compare, is }).is).toBe(is);
  });

  test('rejects an unknown relation', () => {
    expect(() => compareClaimSchema.parse({ ...compare, is: 'higher' })).toThrow(
      'expected one of \\"above\\"|\\"below\\"',
    );
  });
});

describe('rankingClaimSchema', () => {
  test('rejects a ranking of fewer than two figures', () => {
    expect(() => rankingClaimSchema.parse({ ...ranking, order: ['example-growth'] })).toThrow(
      'Expected at least two figures to rank',
    );
  });
});

describe('leadsClaimSchema', () => {
  test('rejects a lead over nobody', () => {
    expect(() => leadsClaimSchema.parse({ ...leads, over: [] })).toThrow('Expected at least one entity');
  });

  test('rejects an entity that is not an id', () => {
    expect(() => leadsClaimSchema.parse({ ...leads, over: ['Sample Inc'] })).toThrow('Expected a lower-case id');
  });
});

describe('outranksClaimSchema', () => {
  test('rejects a claim without the metric it ranks on', () => {
    const { metric: _m, ...rest } = outranks;
    expect(() => outranksClaimSchema.parse(rest)).toThrow(/"path": \[\s*"metric"\s*\]/);
  });

  test('rejects an outranking of nobody', () => {
    expect(() => outranksClaimSchema.parse({ ...outranks, over: [] })).toThrow('Expected at least one entity');
  });

  test('rejects a figure in place of an entity', () => {
    expect(() => outranksClaimSchema.parse({ ...outranks, figure: 'example-gain' })).toThrow(
      'Unrecognized key: \\"figure\\"',
    );
  });
});
