import { describe, expect, test } from 'vitest';
import { figureInterval } from '../../../src/lib/model/figure-interval.ts';

describe('figureInterval', () => {
  test('makes an exact figure a closed point', () => {
    expect(figureInterval({ value: 9.5, precision: 'exact' })).toEqual({
      low: 9.5,
      high: 9.5,
      lowOpen: false,
      highOpen: false,
    });
  });

  test('treats an "about" figure as the point it rounds to', () => {
    expect(figureInterval({ value: 30, precision: 'about' })).toEqual({
      low: 30,
      high: 30,
      lowOpen: false,
      highOpen: false,
    });
  });

  test('makes "more than" a ray upwards that excludes the bound', () => {
    expect(figureInterval({ value: 25, precision: 'more-than' })).toEqual({
      low: 25,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
  });

  test('makes "at least" a ray upwards that includes the bound', () => {
    expect(figureInterval({ value: 25, precision: 'at-least' })).toEqual({
      low: 25,
      high: Infinity,
      lowOpen: false,
      highOpen: true,
    });
  });

  test('makes "less than" a ray downwards that excludes the bound', () => {
    expect(figureInterval({ value: 3, precision: 'less-than' })).toEqual({
      low: -Infinity,
      high: 3,
      lowOpen: true,
      highOpen: true,
    });
  });

  test('makes "at most" a ray downwards that includes the bound', () => {
    expect(figureInterval({ value: 3, precision: 'at-most' })).toEqual({
      low: -Infinity,
      high: 3,
      lowOpen: true,
      highOpen: false,
    });
  });
});
