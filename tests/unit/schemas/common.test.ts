import { describe, expect, test } from 'vitest';
import { idSchema, isoDateSchema, textSchema } from '../../../src/schemas/common.ts';

describe('idSchema', () => {
  test('accepts lower-case words and digits joined by single hyphens', () => {
    expect(idSchema.parse('cloud-growth')).toBe('cloud-growth');
    expect(idSchema.parse('q4')).toBe('q4');
    expect(idSchema.parse('2024-results')).toBe('2024-results');
  });

  test.each([
    ['capitals', 'Cloud-growth'],
    ['underscores', 'cloud_growth'],
    ['spaces', 'cloud growth'],
    ['a leading hyphen', '-cloud'],
    ['a trailing hyphen', 'cloud-'],
    ['a double hyphen', 'cloud--growth'],
    ['nothing', ''],
  ])('rejects an id with %s', (_what, id) => {
    expect(() => idSchema.parse(id)).toThrow('Expected a lower-case id such as \\"cloud-growth\\"');
  });

  test('rejects a number', () => {
    expect(() => idSchema.parse(7)).toThrow('expected string, received number');
  });
});

describe('isoDateSchema', () => {
  test('accepts a real date written YYYY-MM-DD', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  test.each([
    ['without zero padding', '2024-3-1'],
    ['in words', '1 March 2024'],
    ['with a time', '2024-03-01T10:00:00Z'],
    ['that does not exist', '2023-02-29'],
    ['with a month past twelve', '2024-13-01'],
  ])('rejects a date %s', (_what, date) => {
    expect(() => isoDateSchema.parse(date)).toThrow('Expected a date written as YYYY-MM-DD');
  });
});

describe('textSchema', () => {
  test('trims surrounding space', () => {
    expect(textSchema.parse('  Example Corp \n')).toBe('Example Corp');
  });

  test('rejects empty text and text that is only space', () => {
    expect(() => textSchema.parse('')).toThrow('Expected non-empty text');
    expect(() => textSchema.parse('   ')).toThrow('Expected non-empty text');
  });

  test('rejects a number', () => {
    expect(() => textSchema.parse(12)).toThrow('expected string, received number');
  });
});
