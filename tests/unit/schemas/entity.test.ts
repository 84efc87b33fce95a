import { describe, expect, test } from 'vitest';
import { entitySchema } from '../../../src/schemas/entity.ts';

describe('entitySchema', () => {
  test('accepts a company', () => {
    expect(entitySchema.parse({ id: 'example-corp', name: 'Example Corp', kind: 'company' })).toEqual({
      id: 'example-corp',
      name: 'Example Corp',
      kind: 'company',
    });
  });

  test('accepts a segment with its parent company', () => {
    const segment = { id: 'example-cloud', name: 'Example Cloud', kind: 'segment', parent: 'example-corp' };
    expect(entitySchema.parse(segment)).toEqual(segment);
  });

  test('rejects an unknown kind', () => {
    expect(() => entitySchema.parse({ id: 'x', name: 'X', kind: 'fund' })).toThrow(
      'expected one of \\"company\\"|\\"index\\"|\\"segment\\"',
    );
  });

  test('rejects a parent that is not an id', () => {
    expect(() => entitySchema.parse({ id: 'x', name: 'X', kind: 'segment', parent: 'Example Corp' })).toThrow(
      'Expected a lower-case id',
    );
  });

  test('rejects an entity without a name', () => {
    expect(() => entitySchema.parse({ id: 'x', kind: 'company' })).toThrow('expected string, received undefined');
  });
});

describe('entity listings', () => {
  test('accepts where a company is listed, by exchange and ticker', () => {
    const listed = {
      id: 'example-corp',
      name: 'Example Corp',
      kind: 'company',
      listings: [{ exchange: 'Example Exchange', ticker: 'EXC' }],
    };
    expect(entitySchema.parse(listed)).toEqual(listed);
  });

  test('rejects a ticker not written as an exchange writes one, and an empty list', () => {
    const entity = (listings: unknown) => ({ id: 'x', name: 'X', kind: 'company', listings });
    expect(() => entitySchema.parse(entity([{ exchange: 'Example Exchange', ticker: 'exc' }]))).toThrow(
      'Expected an exchange ticker such as \\"BABA\\" or \\"9988.HK\\"',
    );
    expect(() => entitySchema.parse(entity([]))).toThrow('Expected at least one listing, or no listings field');
  });
});
