import { describe, expect, test } from 'vitest';
import { figureChanges, previousValueNote } from '../../../src/lib/model/figure-changes.ts';
import { figureSchema, type FigureInput } from '../../../src/schemas/figure.ts';

const base: FigureInput = {
  id: 'cloud-growth',
  label: 'Cloud revenue growth',
  entity: 'example-corp',
  metric: 'cloud-growth',
  value: 10.2,
  unit: 'percent',
  period: 'Last quarter',
  basis: 'reported',
  source: 'results',
  quote: 'cloud revenue rose 10.2%',
};
const figure = (input: Partial<FigureInput>) => figureSchema.parse({ ...base, ...input });

describe('figureChanges', () => {
  test('lists no changes for a figure that was never revised', () => {
    expect(figureChanges(figure({}))).toEqual([]);
  });

  test('lists one change from the projection to the reported value, dated when the new value took effect', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected', date: '2024-01-10' }] });
    expect(figureChanges(revised)).toEqual([
      {
        figureId: 'cloud-growth',
        label: 'Cloud revenue growth',
        date: '2024-02-20',
        from: '9.7% (projected)',
        to: '10.2%',
        fromSource: 'results',
        toSource: 'results',
      },
    ]);
  });

  test("names the source of each value: the revision's own, or the figure's", () => {
    const revised = figure({
      asOf: '2024-02-20',
      history: [{ value: 9.7, basis: 'projected', date: '2024-01-10', source: 'preview', quote: 'seen growing 9.7%' }],
    });
    expect(figureChanges(revised).map(({ fromSource, toSource }) => ({ fromSource, toSource }))).toEqual([
      { fromSource: 'preview', toSource: 'results' },
    ]);
  });

  test("shows an earlier value of an amount with the figure's scale and currency", () => {
    const revised = figureSchema.parse({
      ...base,
      value: 4.3,
      unit: 'currency',
      currency: 'USD',
      scale: 'billion',
      quote: 'grew 13% to US$4.3 billion',
      asOf: '2024-02-20',
      history: [{ value: 4.1, basis: 'estimate', date: '2024-01-10' }],
    });
    expect(figureChanges(revised)[0]).toMatchObject({ from: 'US$4.1 billion (estimate)', to: 'US$4.3 billion' });
  });

  test('leaves the date of an undated earlier value empty', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected' }] });
    expect(figureChanges(revised)[0]?.date).toBe('2024-02-20');
  });

  test('chains several revisions oldest first, each from one recorded value to the next', () => {
    const revised = figure({
      asOf: '2024-03-01',
      history: [
        { value: 9, basis: 'estimate', date: '2023-12-01' },
        { value: 9.7, basis: 'projected', date: '2024-01-10' },
      ],
    });
    expect(figureChanges(revised).map(({ date, from, to }) => ({ date, from, to }))).toEqual([
      { date: '2024-01-10', from: '9% (estimate)', to: '9.7% (projected)' },
      { date: '2024-03-01', from: '9.7% (projected)', to: '10.2%' },
    ]);
  });
});

describe('previousValueNote', () => {
  test('says nothing for a figure that was never revised', () => {
    expect(previousValueNote(figure({}))).toBeUndefined();
  });

  test('names the earlier basis when the revision changed it', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected', date: '2024-01-10' }] });
    expect(previousValueNote(revised)).toBe('was projected at 9.7%');
  });

  test('gives only the earlier value when the basis stayed the same', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.9, basis: 'reported', date: '2024-01-10' }] });
    expect(previousValueNote(revised)).toBe('was 9.9%');
  });

  test('reads from the latest earlier value only', () => {
    const revised = figure({
      asOf: '2024-03-01',
      history: [
        { value: 9, basis: 'estimate', date: '2023-12-01' },
        { value: 9.7, basis: 'projected', date: '2024-01-10' },
      ],
    });
    expect(previousValueNote(revised)).toBe('was projected at 9.7%');
  });
});
