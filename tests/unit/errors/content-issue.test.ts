import { describe, expect, test } from 'vitest';
import {
  formatPath,
  BriefingContentError,
  contentError,
  contentWarning,
  formatContentIssue,
  formatContentIssues,
} from '../../../src/lib/errors/content-issue.ts';

describe('formatPath', () => {
  test('writes list indexes in brackets and fields after dots', () => {
    expect(formatPath(['figures', 3, 'value'])).toBe('figures[3].value');
  });

  test('writes nested lists one bracket after another', () => {
    expect(formatPath(['charts', 0, 'items', 2, 'entity'])).toBe('charts[0].items[2].entity');
  });

  test('writes a single field as itself', () => {
    expect(formatPath(['title'])).toBe('title');
  });

  test('writes nested fields joined by dots', () => {
    expect(formatPath(['subject', 'entity'])).toBe('subject.entity');
  });

  test('writes nothing for the empty path', () => {
    expect(formatPath([])).toBe('');
  });

  test('writes a path that starts with an index', () => {
    expect(formatPath([0, 'id'])).toBe('[0].id');
  });
});

const file = 'content/briefings/x.mdx';

describe('formatContentIssue', () => {
  test('writes file, line, path and message', () => {
    expect(
      formatContentIssue(file, contentError(['figures', 3, 'value'], 'expected a number, found the text "9,7"', 42)),
    ).toBe('content/briefings/x.mdx:42 figures[3].value: expected a number, found the text "9,7"');
  });

  test('leaves out the path for an issue in the body', () => {
    expect(formatContentIssue(file, contentError([], 'expected <Fig id> to name one of figures, found "x"', 200))).toBe(
      'content/briefings/x.mdx:200 expected <Fig id> to name one of figures, found "x"',
    );
  });

  test('leaves out the line when it is not known', () => {
    expect(
      formatContentIssue(file, contentWarning(['figures', 0, 'id'], 'figure "a" is defined but never shown')),
    ).toBe('content/briefings/x.mdx figures[0].id: figure "a" is defined but never shown');
  });
});

describe('formatContentIssues', () => {
  test('lists each error on its own line, then counts them', () => {
    const issues = [
      contentError(['title'], 'expected text, found the number 3', 2),
      contentError([], 'expected valid MDX, found a syntax error: x', 90),
    ];
    expect(formatContentIssues(file, issues)).toBe(
      [
        'content/briefings/x.mdx:2 title: expected text, found the number 3',
        'content/briefings/x.mdx:90 expected valid MDX, found a syntax error: x',
        '2 errors in content/briefings/x.mdx',
      ].join('\n'),
    );
  });

  test('counts one error in the singular and leaves warnings out', () => {
    const issues = [
      contentError(['title'], 'expected text, found the number 3', 2),
      contentWarning(['figures', 0, 'id'], 'unused', 9),
    ];
    expect(formatContentIssues(file, issues)).toBe(
      'content/briefings/x.mdx:2 title: expected text, found the number 3\n1 error in content/briefings/x.mdx',
    );
  });
});

describe('BriefingContentError', () => {
  test('carries the file, the issues and the formatted report as its message', () => {
    const issues = [contentError(['title'], 'expected text, found the number 3', 2)];
    const error = new BriefingContentError(file, issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('BriefingContentError');
    expect(error.file).toBe(file);
    expect(error.issues).toBe(issues);
    expect(error.message).toBe(formatContentIssues(file, issues));
  });
});
