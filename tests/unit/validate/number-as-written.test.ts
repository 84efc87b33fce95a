import { describe, expect, test } from 'vitest';
import { containsNumber, numberSpellings } from '../../../src/lib/validate/number-as-written.ts';

describe('numberSpellings', () => {
  test('gives a small whole number in digits and in words', () => {
    expect(numberSpellings(4)).toEqual(['4', 'four']);
    expect(numberSpellings(0)).toEqual(['0', 'zero']);
    expect(numberSpellings(20)).toEqual(['20', 'twenty']);
  });

  test('gives a large number with and without thousands separators', () => {
    expect(numberSpellings(1200)).toEqual(['1200', '1,200']);
  });

  test('gives a decimal once, as written', () => {
    expect(numberSpellings(9.5)).toEqual(['9.5']);
  });

  test('has no word for numbers past twenty, fractions or negatives', () => {
    expect(numberSpellings(21)).toEqual(['21']);
    expect(numberSpellings(2.5)).toEqual(['2.5']);
    expect(numberSpellings(-3)).toEqual(['-3']);
  });
});

describe('containsNumber', () => {
  test('finds a decimal followed by a percent sign', () => {
    expect(containsNumber('projected to have grown by 9.7% in the quarter', 9.7)).toBe(true);
  });

  test('finds a number written as a word, in any case', () => {
    expect(containsNumber('surging to a four-month high', 4)).toBe(true);
    expect(containsNumber('Four analysts agreed', 4)).toBe(true);
  });

  test('does not find a word inside a longer word', () => {
    expect(containsNumber('a fourteen-day streak', 4)).toBe(false);
  });

  test('does not find 25 inside 125', () => {
    expect(containsNumber('the index rose 125%', 25)).toBe(false);
  });

  test('does not find 25 inside 2.55 or 25.5', () => {
    expect(containsNumber('a ratio of 2.55', 25)).toBe(false);
    expect(containsNumber('a ratio of 0.25', 25)).toBe(false);
    expect(containsNumber('up 25.5%', 25)).toBe(false);
  });

  test('finds a number at the end of a sentence', () => {
    expect(containsNumber('shares rose 25.', 25)).toBe(true);
    expect(containsNumber('shares rose 25', 25)).toBe(true);
  });

  test('finds a number written with or without thousands separators', () => {
    expect(containsNumber('about 1,200 stores', 1200)).toBe(true);
    expect(containsNumber('about 1200 stores', 1200)).toBe(true);
  });

  test('does not find a number inside a larger grouped number', () => {
    expect(containsNumber('some 31,200 staff', 1200)).toBe(false);
    expect(containsNumber('some 1,200,000 staff', 1200)).toBe(false);
  });

  test('finds a year among words', () => {
    expect(containsNumber('Since taking the helm in 2023, they', 2023)).toBe(true);
  });

  test('does not find a number that is absent', () => {
    expect(containsNumber('shares rose sharply', 25)).toBe(false);
  });
});
