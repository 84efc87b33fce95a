import { describe, expect, test } from 'vitest';
import { formatInline, formatValue, formatWithBasis } from '../../../src/lib/model/format-figure.ts';

describe('formatValue', () => {
  test('spells out a lower bound', () => {
    expect(formatValue({ value: 25, unit: 'percent', precision: 'more-than' })).toBe('more than 25%');
  });
});

describe('formatInline', () => {
  test('marks a projected figure as projected', () => {
    expect(formatInline({ value: 9.7, unit: 'percent', precision: 'exact', basis: 'projected' })).toBe(
      '9.7% (projected)',
    );
  });
});

describe('formatWithBasis', () => {
  test('names the basis of a reported figure too', () => {
    expect(formatWithBasis({ value: 12.2, unit: 'multiple', precision: 'exact', basis: 'reported' })).toBe(
      '12.2× (reported)',
    );
  });
});
