import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  plural,
  pluralWord,
  describeValue,
  foundId,
  nearestId,
  describeReadFailure,
} from '../../../src/lib/errors/wording.ts';

describe('plural', () => {
  test('writes the singular for one and adds an s otherwise, zero included', () => {
    expect([0, 1, 2].map((n) => plural(n, 'error'))).toEqual(['0 errors', '1 error', '2 errors']);
  });

  test('takes an irregular plural', () => {
    expect(plural(3, 'entry', 'entries')).toBe('3 entries');
    expect(plural(1, 'entry', 'entries')).toBe('1 entry');
  });
});

describe('pluralWord', () => {
  test('picks the form that agrees with a count, without the count', () => {
    expect(pluralWord(1, 'holds', 'hold')).toBe('holds');
    expect(pluralWord(2, 'holds', 'hold')).toBe('hold');
    expect(pluralWord(1.5, 'month')).toBe('months');
  });
});

describe('describeValue', () => {
  test('calls undefined a missing field', () => {
    expect(describeValue(undefined)).toBe('nothing (the field is missing)');
  });

  test('names null as null', () => {
    expect(describeValue(null)).toBe('null');
  });

  test('quotes text', () => {
    expect(describeValue('9,7')).toBe('the text "9,7"');
  });

  test('shortens long text to 60 characters with an ellipsis', () => {
    const described = describeValue('x'.repeat(100));
    expect(described).toBe(`the text "${'x'.repeat(57)}..."`);
  });

  test('keeps text of exactly 60 characters whole', () => {
    expect(describeValue('y'.repeat(60))).toBe(`the text "${'y'.repeat(60)}"`);
  });

  test('names numbers and booleans', () => {
    expect(describeValue(4)).toBe('the number 4');
    expect(describeValue(true)).toBe('true');
    expect(describeValue(false)).toBe('false');
  });

  test('counts the items of a list', () => {
    expect(describeValue([])).toBe('a list of 0 items');
    expect(describeValue(['a'])).toBe('a list of 1 item');
    expect(describeValue([1, 2])).toBe('a list of 2 items');
  });

  test('writes a date as YYYY-MM-DD', () => {
    expect(describeValue(new Date('2024-03-01T12:00:00Z'))).toBe('the date 2024-03-01');
  });

  test('calls any other object an object', () => {
    expect(describeValue({ a: 1 })).toBe('an object');
  });
});

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

const failureOf = (path: string) =>
  readFile(path, 'utf8').then(
    () => undefined,
    (error: unknown) => error,
  );

describe('describeReadFailure', () => {
  test('names a missing file in words', async () => {
    expect(describeReadFailure(await failureOf(join(tmpdir(), 'no-such-briefing.mdx')))).toBe('no such file or folder');
  });

  test('names a folder read as a file in words', async () => {
    expect(describeReadFailure(await failureOf(tmpdir()))).toBe('it is a folder, not a file');
  });

  test('names a denied permission in words', () => {
    expect(describeReadFailure(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }))).toBe(
      'permission denied',
    );
  });

  test("falls back to the error's own message, or the value itself", () => {
    expect(describeReadFailure(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }))).toBe(
      'EIO: i/o error, read',
    );
    expect(describeReadFailure('disk gone')).toBe('disk gone');
    expect(describeReadFailure(null)).toBe('null');
  });
});
