import { afterEach, describe, expect, test } from 'vitest';
import {
  contentWarnings,
  forgetFile,
  latestValidBriefing,
  recordFileStatus,
  throwContentError,
} from '../../../src/lib/collection/content-status.ts';
import { BriefingContentError } from '../../../src/lib/errors/briefing-content-error.ts';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { loadBriefing } from '../../support/briefings.ts';

const briefing = loadBriefing('minimal');
const broken = new BriefingContentError('b.mdx', [contentError(['title'], 'expected a text, found nothing', 2)]);

afterEach(() => ['a.mdx', 'b.mdx'].forEach(forgetFile));

describe('the content status', () => {
  test('throws nothing while every file is valid', () => {
    recordFileStatus('a.mdx', { warnings: [], latest: { briefing, body: 'text' } });
    expect(() => throwContentError()).not.toThrow();
  });

  test("throws a failing file's error until the file is valid again", () => {
    recordFileStatus('a.mdx', { warnings: [] });
    recordFileStatus('b.mdx', { error: broken, warnings: [] });
    expect(() => throwContentError()).toThrow(broken);
    expect(() => throwContentError()).toThrow('b.mdx:2 title: expected a text, found nothing\n1 error in b.mdx');
    recordFileStatus('b.mdx', { warnings: [] });
    expect(() => throwContentError()).not.toThrow();
  });

  test('forgets a deleted file, error and all', () => {
    recordFileStatus('b.mdx', { error: broken, warnings: ['b.mdx:3 a warning'] });
    forgetFile('b.mdx');
    expect(() => throwContentError()).not.toThrow();
    expect(contentWarnings()).toEqual([]);
  });

  test("lists every file's current warnings, file by file", () => {
    recordFileStatus('a.mdx', { warnings: ['a.mdx:1 first', 'a.mdx:2 second'] });
    recordFileStatus('b.mdx', { warnings: ['b.mdx:5 third'] });
    recordFileStatus('a.mdx', { warnings: ['a.mdx:2 second'] });
    expect(contentWarnings()).toEqual(['a.mdx:2 second', 'b.mdx:5 third']);
  });

  test('keeps the latest valid content of a file, if it has any', () => {
    recordFileStatus('a.mdx', { warnings: [], latest: { briefing, body: 'text' } });
    expect(latestValidBriefing('a.mdx')).toEqual({ briefing, body: 'text' });
    recordFileStatus('a.mdx', { error: broken, warnings: [] });
    expect(latestValidBriefing('a.mdx')).toBeUndefined();
    expect(latestValidBriefing(undefined)).toBeUndefined();
  });
});
