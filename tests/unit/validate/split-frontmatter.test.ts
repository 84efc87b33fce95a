import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/validate/split-frontmatter.ts';
import { readBriefingSource } from '../../support/briefings.ts';

describe('splitFrontmatter', () => {
  test('separates the YAML from the body and numbers both from 1', () => {
    expect(splitFrontmatter('---\ntitle: A\nasOf: B\n---\nBody line\n')).toEqual({
      frontmatter: 'title: A\nasOf: B\n',
      frontmatterLine: 2,
      body: 'Body line\n',
      bodyLine: 5,
    });
  });

  test('puts the body on the line after the closing fence when the body starts blank', () => {
    const { body, bodyLine } = splitFrontmatter('---\na: 1\n---\n\n<Section id="x">\n');
    expect(bodyLine).toBe(4);
    expect(body.split('\n').indexOf('<Section id="x">') + bodyLine).toBe(5);
  });

  test('reports no frontmatter when the file does not start with a fence', () => {
    expect(splitFrontmatter('title: A\n---\nBody')).toEqual({
      frontmatter: undefined,
      frontmatterLine: 1,
      body: 'title: A\n---\nBody',
      bodyLine: 1,
    });
  });

  test('accepts an empty frontmatter', () => {
    expect(splitFrontmatter('---\n---\nBody')).toMatchObject({ frontmatter: '', bodyLine: 3, body: 'Body' });
  });

  test('accepts a closing fence at the end of the file', () => {
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ frontmatter: 'a: 1\n', body: '', bodyLine: 4 });
  });

  test('accepts Windows line endings and trailing spaces after the fences', () => {
    expect(splitFrontmatter('---  \r\na: 1\r\n---\t\r\nBody')).toMatchObject({
      frontmatter: 'a: 1\r\n',
      body: 'Body',
      bodyLine: 4,
    });
  });

  test('does not end the frontmatter at a fence inside a line', () => {
    const { frontmatter } = splitFrontmatter('---\nnote: a---b\n---\nBody');
    expect(frontmatter).toBe('note: a---b\n');
  });

  test('gives line numbers that match the fixture file', () => {
    const text = readBriefingSource('minimal');
    const { frontmatter, body, bodyLine } = splitFrontmatter(text);
    const lines = text.split('\n');
    expect(lines[bodyLine - 2]).toBe('---');
    expect(frontmatter?.split('\n')[0]).toBe(lines[1]);
    const sectionLine = body.split('\n').indexOf('<Section id="sales">') + bodyLine;
    expect(lines[sectionLine - 1]).toBe('<Section id="sales">');
  });
});
