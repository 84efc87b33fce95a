import { describe, expect, test } from 'vitest';
import { formatPath } from '../../../src/lib/errors/format-path.ts';

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
