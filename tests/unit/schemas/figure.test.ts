import { describe, expect, test } from 'vitest';
import { figureRevisionSchema, figureSchema } from '../../../src/schemas/figure.ts';
import { exampleFigure } from '../../support/example-figure.ts';

const valid = exampleFigure;

describe('figureSchema', () => {
  test('accepts a figure and fills in exact precision and an empty history', () => {
    expect(figureSchema.parse(valid)).toEqual({ ...valid, precision: 'exact', history: [] });
  });

  test('accepts a bound', () => {
    expect(figureSchema.parse({ ...valid, precision: 'more-than' }).precision).toBe('more-than');
  });

  test('accepts a currency figure with its code', () => {
    expect(figureSchema.parse({ ...valid, unit: 'currency', currency: 'EUR' }).currency).toBe('EUR');
  });

  test('accepts a history with the date of the current value', () => {
    const history = [{ value: 11, basis: 'estimate', date: '2024-01-15', note: 'consensus' }];
    expect(figureSchema.parse({ ...valid, history, asOf: '2024-03-01' }).history).toEqual(history);
  });

  test('rejects a value written as text', () => {
    expect(() => figureSchema.parse({ ...valid, value: '12.5' })).toThrow('expected number, received string');
  });

  test('rejects an unknown unit', () => {
    expect(() => figureSchema.parse({ ...valid, unit: 'percentage' })).toThrow('expected one of \\"percent\\"|');
  });

  test('rejects an unknown basis', () => {
    expect(() => figureSchema.parse({ ...valid, basis: 'forecast' })).toThrow(
      'expected one of \\"reported\\"|\\"projected\\"|\\"estimate\\"',
    );
  });

  test('rejects an unknown precision', () => {
    expect(() => figureSchema.parse({ ...valid, precision: 'over' })).toThrow(
      'expected one of \\"exact\\"|\\"about\\"|\\"nearly\\"|',
    );
  });

  test('rejects a currency figure without a code', () => {
    expect(() => figureSchema.parse({ ...valid, unit: 'currency' })).toThrow(
      'Expected a currency code because unit is \\"currency\\"',
    );
  });

  test('accepts an amount with a scale, a currency and what it is per', () => {
    const eps = { ...valid, unit: 'currency', currency: 'USD', scale: 'billion', per: 'share', decimals: 2 } as const;
    expect(figureSchema.parse(eps)).toMatchObject({ scale: 'billion', per: 'share', decimals: 2 });
  });

  test('accepts a count with a scale and what it counts', () => {
    const downloads = { ...valid, unit: 'count', scale: 'million', counts: 'downloads' } as const;
    expect(figureSchema.parse(downloads)).toMatchObject({ scale: 'million', counts: 'downloads' });
  });

  test('rejects what a count counts on a figure that is not a count', () => {
    expect(() => figureSchema.parse({ ...valid, counts: 'downloads' })).toThrow(
      'Expected no counts because unit is \\"percent\\"',
    );
  });

  test('accepts a range whose high end is at least its low end, and rejects one the other way round', () => {
    expect(figureSchema.parse({ ...valid, value: 2, to: 4 })).toMatchObject({ value: 2, to: 4 });
    expect(figureSchema.parse({ ...valid, value: 2, to: 2 })).toMatchObject({ value: 2, to: 2 });
    expect(() => figureSchema.parse({ ...valid, value: 4, to: 2 })).toThrow(
      "Expected the range's high end to be at least its low end (value: 4)",
    );
  });

  test('rejects an earlier range whose high end is below its low end', () => {
    const history = [{ value: 4, to: 2, basis: 'estimate', date: '2023-09-01' }];
    expect(() => figureSchema.parse({ ...valid, history })).toThrow(
      "Expected the range's high end to be at least its low end (value: 4)",
    );
  });

  test('rejects decimals that are not a small whole number', () => {
    expect(() => figureSchema.parse({ ...valid, decimals: 1.5 })).toThrow();
    expect(() => figureSchema.parse({ ...valid, decimals: 7 })).toThrow();
  });

  test('rejects a currency code that is not three capitals', () => {
    expect(() => figureSchema.parse({ ...valid, unit: 'currency', currency: 'usd' })).toThrow(
      'Expected a three-letter currency code such as \\"USD\\"',
    );
  });

  test('rejects a quote longer than 160 characters', () => {
    expect(() => figureSchema.parse({ ...valid, quote: `12.5 ${'x'.repeat(160)}` })).toThrow(
      'Expected a short phrase of at most 160 characters',
    );
  });

  test('rejects a misspelt field', () => {
    const { value, ...rest } = valid;
    expect(() => figureSchema.parse({ ...rest, vlaue: value })).toThrow('Unrecognized key: \\"vlaue\\"');
  });
});

describe('figureRevisionSchema', () => {
  test('accepts an earlier value with its unit', () => {
    const revision = { value: 3, unit: 'count', basis: 'estimate', date: '2023-09-01' };
    expect(figureRevisionSchema.parse(revision)).toEqual(revision);
  });

  test('accepts a revision without a date (its source must be undated, which the cross-checks see)', () => {
    expect(figureRevisionSchema.parse({ value: 3, basis: 'estimate' })).toEqual({ value: 3, basis: 'estimate' });
  });

  test('rejects a revision dated in words', () => {
    expect(() => figureRevisionSchema.parse({ value: 3, basis: 'estimate', date: 'January' })).toThrow(
      'Expected a date written as YYYY-MM-DD',
    );
  });

  test('accepts a revision with its own source, quote and range', () => {
    const revision = {
      value: 2,
      to: 3,
      basis: 'estimate',
      date: '2023-09-01',
      source: 'preview',
      quote: '2% to 3%',
    } as const;
    expect(figureRevisionSchema.parse(revision)).toEqual(revision);
  });

  test('rejects a revision in an unknown unit', () => {
    expect(() =>
      figureRevisionSchema.parse({ value: 3, unit: 'pieces', basis: 'estimate', date: '2023-09-01' }),
    ).toThrow('expected one of');
  });
});
