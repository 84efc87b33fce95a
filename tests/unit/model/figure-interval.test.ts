import { describe, expect, test } from 'vitest';
import { figureInterval } from '../../../src/lib/model/figure-interval.ts';

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
