import { describe, expect, test } from 'vitest';
import { figureInterval, statedInterval, compareIntervals, type Interval } from '../../../src/lib/model/intervals.ts';

describe('figureInterval', () => {
  test('makes an exact figure a closed point', () => {
    expect(figureInterval({ value: 9.5, unit: 'percent', precision: 'exact' })).toEqual({
      low: 9.5,
      high: 9.5,
      lowOpen: false,
      highOpen: false,
    });
  });

  test('treats an "about" figure as the point it rounds to', () => {
    expect(figureInterval({ value: 30, unit: 'percent', precision: 'about' })).toEqual({
      low: 30,
      high: 30,
      lowOpen: false,
      highOpen: false,
    });
  });

  test('makes "more than" a ray upwards that excludes the bound', () => {
    expect(figureInterval({ value: 25, unit: 'percent', precision: 'more-than' })).toEqual({
      low: 25,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
  });

  test('makes "at least" a ray upwards that includes the bound', () => {
    expect(figureInterval({ value: 25, unit: 'percent', precision: 'at-least' })).toEqual({
      low: 25,
      high: Infinity,
      lowOpen: false,
      highOpen: true,
    });
  });

  test('makes "less than" a ray downwards that excludes the bound', () => {
    expect(figureInterval({ value: 3, unit: 'percent', precision: 'less-than' })).toEqual({
      low: -Infinity,
      high: 3,
      lowOpen: true,
      highOpen: true,
    });
  });

  test('makes "at most" a ray downwards that includes the bound', () => {
    expect(figureInterval({ value: 3, unit: 'percent', precision: 'at-most' })).toEqual({
      low: -Infinity,
      high: 3,
      lowOpen: true,
      highOpen: false,
    });
  });

  test('treats "up to" ("as much as") like "at most"', () => {
    expect(figureInterval({ value: 11, unit: 'percent', precision: 'up-to' })).toEqual({
      low: -Infinity,
      high: 11,
      lowOpen: true,
      highOpen: false,
    });
  });

  test('puts "nearly" below the value, by less than one step of its last written digit', () => {
    expect(figureInterval({ value: 80, unit: 'percent', precision: 'nearly', quote: 'nearly 80%' })).toEqual({
      low: 79,
      high: 80,
      lowOpen: false,
      highOpen: true,
    });
    expect(figureInterval({ value: 1.5, unit: 'percent', precision: 'nearly', quote: 'nearly 1.5%' }).low).toBeCloseTo(
      1.4,
    );
  });

  test('puts a "nearly" fall between the value and zero', () => {
    expect(figureInterval({ value: -12, unit: 'percent', precision: 'nearly', quote: 'fell nearly 12%' })).toEqual({
      low: -12,
      high: -11,
      lowOpen: true,
      highOpen: false,
    });
  });

  test('spans a range from its low end to its high end', () => {
    expect(figureInterval({ value: 2, to: 4, unit: 'percent', precision: 'exact' })).toEqual({
      low: 2,
      high: 4,
      lowOpen: false,
      highOpen: false,
    });
  });

  test('applies the scale, so amounts compare at their true size', () => {
    const billions = figureInterval({
      value: 4.3,
      unit: 'currency',
      currency: 'USD',
      scale: 'billion',
      precision: 'exact',
    });
    const millions = figureInterval({
      value: 500,
      unit: 'currency',
      currency: 'USD',
      scale: 'million',
      precision: 'exact',
    });
    expect(billions.low).toBeCloseTo(4.3e9);
    expect(millions.low).toBe(5e8);
  });

  test('puts units of one measure on one footing: basis points in percentage points, quarters in months', () => {
    expect(figureInterval({ value: 800, unit: 'basis-points', precision: 'exact' }).low).toBe(8);
    expect(figureInterval({ value: 2, unit: 'quarters', precision: 'exact' }).low).toBe(6);
    expect(figureInterval({ value: 0.5, unit: 'fraction', precision: 'exact' }).low).toBe(50);
  });
});

describe('statedInterval', () => {
  test('widens a whole number to everything that rounds to it', () => {
    expect(statedInterval({ value: 13, unit: 'percent', precision: 'exact' })).toEqual({
      low: 12.5,
      high: 13.5,
      lowOpen: false,
      highOpen: true,
    });
  });

  test('widens by half a step of the last written decimal place', () => {
    const interval = statedInterval({ value: 9.75, unit: 'percent', precision: 'about' });
    expect(interval.low).toBeCloseTo(9.745, 10);
    expect(interval.high).toBeCloseTo(9.755, 10);
  });

  test('keeps a bound the ray it states', () => {
    expect(statedInterval({ value: 25, unit: 'percent', precision: 'more-than' })).toEqual({
      low: 25,
      high: Infinity,
      lowOpen: true,
      highOpen: true,
    });
  });
});

const point = (value: number): Interval => ({ low: value, high: value, lowOpen: false, highOpen: false });
const moreThan = (value: number): Interval => ({ low: value, high: Infinity, lowOpen: true, highOpen: true });
const atLeast = (value: number): Interval => ({ low: value, high: Infinity, lowOpen: false, highOpen: true });
const lessThan = (value: number): Interval => ({ low: -Infinity, high: value, lowOpen: true, highOpen: true });
const atMost = (value: number): Interval => ({ low: -Infinity, high: value, lowOpen: true, highOpen: false });

describe('compareIntervals', () => {
  describe('between exact values', () => {
    test('holds when the first is above the second', () => {
      expect(compareIntervals(point(9), 'above', point(7))).toBe('holds');
    });

    test('fails when the first is below the second', () => {
      expect(compareIntervals(point(6), 'above', point(7))).toBe('fails');
    });

    test('fails "above" and "below" for equal values', () => {
      expect(compareIntervals(point(7), 'above', point(7))).toBe('fails');
      expect(compareIntervals(point(7), 'below', point(7))).toBe('fails');
    });

    test('holds "at-least", "at-most" and "equal" for equal values', () => {
      expect(compareIntervals(point(7), 'at-least', point(7))).toBe('holds');
      expect(compareIntervals(point(7), 'at-most', point(7))).toBe('holds');
      expect(compareIntervals(point(7), 'equal', point(7))).toBe('holds');
    });

    test('fails "equal" for different values', () => {
      expect(compareIntervals(point(7), 'equal', point(7.5))).toBe('fails');
    });

    test('treats "below" as "above" with the sides swapped', () => {
      expect(compareIntervals(point(6), 'below', point(7))).toBe('holds');
      expect(compareIntervals(point(8), 'below', point(7))).toBe('fails');
    });

    test('fails "at-least" when the first is lower and "at-most" when it is higher', () => {
      expect(compareIntervals(point(6), 'at-least', point(7))).toBe('fails');
      expect(compareIntervals(point(8), 'at-most', point(7))).toBe('fails');
    });
  });

  describe('with an open lower bound ("more than")', () => {
    test('holds "above" a value equal to the bound, because the bound itself is excluded', () => {
      expect(compareIntervals(moreThan(25), 'above', point(25))).toBe('holds');
    });

    test('holds "above" a value below the bound', () => {
      expect(compareIntervals(moreThan(25), 'above', point(20))).toBe('holds');
    });

    test('is undetermined "above" a value past the bound', () => {
      expect(compareIntervals(moreThan(25), 'above', point(30))).toBe('undetermined');
    });

    test('fails "below" a value the bound already reaches', () => {
      expect(compareIntervals(moreThan(25), 'below', point(25))).toBe('fails');
      expect(compareIntervals(moreThan(25), 'below', point(20))).toBe('fails');
    });

    test('fails "equal" to the bound itself and is undetermined for a value past it', () => {
      expect(compareIntervals(moreThan(25), 'equal', point(25))).toBe('fails');
      expect(compareIntervals(moreThan(25), 'equal', point(30))).toBe('undetermined');
    });

    test('is undetermined against another lower bound', () => {
      expect(compareIntervals(moreThan(25), 'above', moreThan(20))).toBe('undetermined');
    });
  });

  describe('with a closed lower bound ("at least")', () => {
    test('is undetermined "above" a value equal to the bound', () => {
      expect(compareIntervals(atLeast(25), 'above', point(25))).toBe('undetermined');
    });

    test('holds "at-least" a value equal to the bound', () => {
      expect(compareIntervals(atLeast(25), 'at-least', point(25))).toBe('holds');
    });
  });

  describe('with upper bounds', () => {
    test('holds "below" a value equal to an open upper bound ("less than")', () => {
      expect(compareIntervals(lessThan(10), 'below', point(10))).toBe('holds');
    });

    test('is undetermined "below" a value equal to a closed upper bound ("at most")', () => {
      expect(compareIntervals(atMost(10), 'below', point(10))).toBe('undetermined');
    });

    test('fails "at-least" a value equal to an open upper bound', () => {
      expect(compareIntervals(lessThan(10), 'at-least', point(10))).toBe('fails');
    });

    test('holds between an upper bound and a lower bound that do not overlap', () => {
      expect(compareIntervals(moreThan(20), 'above', lessThan(10))).toBe('holds');
      expect(compareIntervals(lessThan(10), 'below', moreThan(10))).toBe('holds');
    });
  });

  describe('with ranges', () => {
    const range = (low: number, high: number): Interval => ({ low, high, lowOpen: false, highOpen: false });

    test('holds "within" for a value inside a range, ends included', () => {
      expect(compareIntervals(point(3), 'within', range(2, 4))).toBe('holds');
      expect(compareIntervals(point(2), 'within', range(2, 4))).toBe('holds');
      expect(compareIntervals(range(2.5, 3.5), 'within', range(2, 4))).toBe('holds');
    });

    test('fails "within" for a value outside a range', () => {
      expect(compareIntervals(point(5), 'within', range(2, 4))).toBe('fails');
      expect(compareIntervals(point(1.9), 'within', range(2, 4))).toBe('fails');
    });

    test('leaves "within" undetermined for a bound that reaches past the range', () => {
      expect(compareIntervals(moreThan(3), 'within', range(2, 4))).toBe('undetermined');
      expect(compareIntervals(atMost(4), 'within', range(2, 4))).toBe('undetermined');
    });

    test('fails "within" for a bound that starts where an open range ends', () => {
      expect(compareIntervals(moreThan(4), 'within', range(2, 4))).toBe('fails');
    });

    test('holds "above" and "below" only for a value past the whole range', () => {
      expect(compareIntervals(point(5), 'above', range(2, 4))).toBe('holds');
      expect(compareIntervals(point(3), 'above', range(2, 4))).toBe('undetermined');
      expect(compareIntervals(point(1), 'below', range(2, 4))).toBe('holds');
      expect(compareIntervals(point(4), 'below', range(2, 4))).toBe('fails');
    });

    test('holds "within" for a point of an open bound inside it', () => {
      expect(compareIntervals(atLeast(2), 'within', atLeast(1))).toBe('holds');
      expect(compareIntervals(lessThan(2), 'within', lessThan(2))).toBe('holds');
    });
  });
});
