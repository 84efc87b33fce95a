import { describe, expect, test } from 'vitest';
import { foundId, nearestId } from '../../../src/lib/errors/nearest-id.ts';

const ids = ['baidu-cloud-growth', 'amazon-cloud-growth', 'forward-pe', 'trade-report'];

describe('nearestId', () => {
  test('suggests the id one typo away', () => {
    expect(nearestId('baidu-clod-growth', ids)).toBe('baidu-cloud-growth');
  });

  test('suggests the id with two letters swapped', () => {
    expect(nearestId('trade-reprot', ids)).toBe('trade-report');
  });

  test('suggests nothing when every id is far away', () => {
    expect(nearestId('quarterly-revenue', ids)).toBeUndefined();
  });

  test('allows more edits for longer ids, about one in three characters', () => {
    // 9 characters allow 3 edits: "trade-rep" is 3 from "trade-report".
    expect(nearestId('trade-rep', ids)).toBe('trade-report');
    // 7 characters allow only 2: "forward" is 3 from "forward-pe".
    expect(nearestId('forward', ids)).toBeUndefined();
    // 15 characters allow 5: "forward-pe-xyzw" is 5 from "forward-pe".
    expect(nearestId('forward-pe-xyzw', ids)).toBe('forward-pe');
  });

  test('suggests nothing when there are no ids', () => {
    expect(nearestId('anything', [])).toBeUndefined();
  });

  test('prefers the first of equally close ids', () => {
    expect(nearestId('ab', ['ax', 'xb'])).toBe('ax');
  });

  test('accepts any iterable of ids', () => {
    expect(nearestId('forwad-pe', new Map([['forward-pe', 1]]).keys())).toBe('forward-pe');
  });
});

describe('foundId', () => {
  test('adds a suggestion when one is close', () => {
    expect(foundId('baidu-clod-growth', ids)).toBe('found "baidu-clod-growth" (did you mean "baidu-cloud-growth"?)');
  });

  test('names only what was found when nothing is close', () => {
    expect(foundId('quarterly-revenue', ids)).toBe('found "quarterly-revenue"');
  });
});
