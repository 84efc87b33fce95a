import { describe, expect, test } from 'vitest';
import { comparableKind, incomparability, incomparableMessage } from '../../../src/lib/model/measures.ts';

const revenue = { id: 'revenue', unit: 'currency', currency: 'USD' } as const;
const eps = { id: 'eps', unit: 'currency', currency: 'USD', per: 'share' } as const;

describe('incomparability', () => {
  test('allows figures of one measure, converting within it', () => {
    expect(incomparability({ unit: 'percent' }, { unit: 'fraction' })).toBeUndefined();
    expect(incomparability({ unit: 'basis-points' }, { unit: 'percentage-points' })).toBeUndefined();
    expect(incomparability({ unit: 'quarters' }, { unit: 'years' })).toBeUndefined();
    expect(incomparability(revenue, { unit: 'currency', currency: 'USD' })).toBeUndefined();
  });

  test('refuses different measures', () => {
    expect(incomparability({ unit: 'percent' }, revenue)).toBe('the units differ');
    expect(incomparability({ unit: 'year' }, { unit: 'years' })).toBe('the units differ');
  });

  test('refuses different currencies', () => {
    expect(incomparability(revenue, { unit: 'currency', currency: 'CNY' })).toBe('the currencies differ');
  });

  test('refuses money per share against money', () => {
    expect(incomparability(eps, revenue)).toBe('a value per share is not an amount');
    expect(incomparability(revenue, eps)).toBe('an amount is not a value per share');
  });

  test('refuses counts of different things', () => {
    expect(incomparability({ unit: 'count', counts: 'downloads' }, { unit: 'count', counts: 'users' })).toBe(
      'they count different things',
    );
  });
});

describe('comparableKind', () => {
  test('names what a figure measures', () => {
    expect(comparableKind(revenue)).toBe('USD amount');
    expect(comparableKind(eps)).toBe('USD per share');
    expect(comparableKind({ unit: 'basis-points' })).toBe('percentage points');
    expect(comparableKind({ unit: 'count', counts: 'downloads' })).toBe('a count of downloads');
  });
});

describe('incomparableMessage', () => {
  test('names both figures, what each is and what differs', () => {
    expect(incomparableMessage(eps, revenue)).toBe(
      'expected a figure comparable with "eps" (USD per share), found "revenue" (USD amount): a value per share is not an amount',
    );
    expect(incomparableMessage(revenue, { ...revenue, id: 'other' })).toBeUndefined();
  });
});
