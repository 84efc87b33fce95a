import { describe, expect, test } from 'vitest';
import { sourceDateSchema, sourceSchema } from '../../../src/schemas/source.ts';

const valid = {
  id: 'trade-report',
  title: 'Trade report',
  publisher: 'Example Gazette',
  date: '2024-03-01',
  url: 'https://example.com/report',
};

describe('sourceDateSchema', () => {
  test('accepts a date', () => {
    expect(sourceDateSchema.parse('2024-03-01')).toBe('2024-03-01');
  });

  test('accepts an explicit statement that the source is undated, with a note', () => {
    expect(sourceDateSchema.parse({ undated: true, note: 'Refers to January results.' })).toEqual({
      undated: true,
      note: 'Refers to January results.',
    });
  });

  test('rejects undated: false', () => {
    expect(() => sourceDateSchema.parse({ undated: false, note: 'x' })).toThrow('expected true');
  });

  test('rejects an undated source without a note', () => {
    expect(() => sourceDateSchema.parse({ undated: true })).toThrow('expected string, received undefined');
  });

  test('rejects a date in another format', () => {
    expect(() => sourceDateSchema.parse('March 2024')).toThrow('Expected a date written as YYYY-MM-DD');
  });

  test('rejects a bare year', () => {
    expect(() => sourceDateSchema.parse(2024)).toThrow('Invalid input');
  });
});

describe('sourceSchema', () => {
  test('accepts a source with every field', () => {
    expect(sourceSchema.parse(valid)).toEqual(valid);
  });

  test('accepts a source without publisher or url', () => {
    const { publisher: _p, url: _u, ...minimal } = valid;
    expect(sourceSchema.parse(minimal)).toEqual(minimal);
  });

  test('rejects a source without a date', () => {
    const { date: _d, ...undated } = valid;
    expect(() => sourceSchema.parse(undated)).toThrow('"date"');
  });

  test('rejects a url that is not a url', () => {
    expect(() => sourceSchema.parse({ ...valid, url: 'example dot com' })).toThrow('Invalid URL');
  });

  test('accepts an author', () => {
    expect(sourceSchema.parse({ ...valid, author: 'A. Writer' })).toMatchObject({ author: 'A. Writer' });
  });

  test('rejects unknown fields', () => {
    expect(() => sourceSchema.parse({ ...valid, authors: 'A. Writer' })).toThrow('Unrecognized key: \\"authors\\"');
  });
});
