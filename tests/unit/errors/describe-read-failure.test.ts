import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeReadFailure } from '../../../src/lib/errors/describe-read-failure.ts';

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
