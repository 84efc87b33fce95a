import { describe, expect, test } from 'vitest';
import { wrapCategoryLabel } from '../../../src/lib/chart/wrap-category-label.ts';

describe('wrapCategoryLabel', () => {
  test('leaves a name that fits on one line as text', () => {
    expect(wrapCategoryLabel('Alibaba')).toBe('Alibaba');
    expect(wrapCategoryLabel('Tencent Inc.')).toBe('Tencent Inc.');
  });

  test('splits a long name between words into lines of at most twelve characters', () => {
    expect(wrapCategoryLabel('Hang Seng Tech Index')).toEqual(['Hang Seng', 'Tech Index']);
  });

  test('keeps a single long word whole, as text', () => {
    expect(wrapCategoryLabel('Internationalisation')).toBe('Internationalisation');
  });

  test('takes another line length', () => {
    expect(wrapCategoryLabel('Hang Seng Tech Index', 20)).toBe('Hang Seng Tech Index');
    expect(wrapCategoryLabel('Hang Seng Tech Index', 5)).toEqual(['Hang', 'Seng', 'Tech', 'Index']);
  });
});
