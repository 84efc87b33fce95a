import { describe, expect, test } from 'vitest';
import { statedInterval } from '../../../src/lib/model/stated-interval.ts';

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
