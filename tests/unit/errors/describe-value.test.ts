import { describe, expect, test } from 'vitest';
import { describeValue } from '../../../src/lib/errors/describe-value.ts';

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
