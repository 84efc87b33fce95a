import { describe, expect, test } from 'vitest';
import { barChartSchema, chartItemSchema, chartSchema } from '../../../src/schemas/chart.ts';

const valid = {
  id: 'share-gains',
  kind: 'bar',
  title: 'Share gains',
  caption: 'Example Corp gained most.',
  items: [{ figure: 'example-gain' }, { entity: 'sample-inc' }],
  highlight: 'example-gain',
};

describe('chartItemSchema', () => {
  test('accepts a figure or an entity', () => {
    expect(chartItemSchema.parse({ figure: 'example-gain' })).toEqual({ figure: 'example-gain' });
    expect(chartItemSchema.parse({ entity: 'sample-inc' })).toEqual({ entity: 'sample-inc' });
  });

  test('rejects an item with both a figure and an entity', () => {
    expect(() => chartItemSchema.parse({ figure: 'example-gain', entity: 'sample-inc' })).toThrow(
      'Expected an item written as { figure: <figure id> } or { entity: <entity id> }',
    );
  });

  test('rejects an item with a misspelt key', () => {
    expect(() => chartItemSchema.parse({ figur: 'example-gain' })).toThrow('Expected an item written as');
  });

  test('rejects a figure id that is not an id', () => {
    expect(() => chartItemSchema.parse({ figure: 'Example Gain' })).toThrow('Expected a lower-case id');
  });
});

describe('chartSchema', () => {
  test('accepts a bar chart with an optional source note', () => {
    expect(chartSchema.parse({ ...valid, sourceNote: 'One figure is a bound.' })).toEqual({
      ...valid,
      sourceNote: 'One figure is a bound.',
    });
  });

  test('rejects a chart of one item', () => {
    expect(() => chartSchema.parse({ ...valid, items: [{ figure: 'example-gain' }] })).toThrow(
      'Expected at least two items to compare',
    );
  });

  test('rejects a chart of more than eight items, whose height the page cannot reserve', () => {
    const items = Array.from({ length: 9 }, (_, i) => ({ figure: `figure-${i}` }));
    expect(barChartSchema.parse({ ...valid, items: items.slice(0, 8), highlight: 'figure-0' }).items).toHaveLength(8);
    expect(() => chartSchema.parse({ ...valid, items, highlight: 'figure-0' })).toThrow(
      'Expected at most eight items, so the chart fits a phone screen',
    );
  });

  test('rejects a kind it cannot draw, listing the kinds there are', () => {
    const result = chartSchema.safeParse({ ...valid, kind: 'pie' });
    expect(result.error?.issues[0]).toMatchObject({
      code: 'invalid_union',
      discriminator: 'kind',
      options: ['bar', 'column', 'line', 'grouped-bar'],
    });
  });

  test('rejects a chart without a caption', () => {
    expect(() => chartSchema.parse({ ...valid, caption: ' ' })).toThrow('Expected non-empty text');
  });
});
