import { describe, expect, test } from 'vitest';
import { axisTitle } from '../../../src/lib/chart/axis-title.ts';
import { units } from '../../../src/schemas/figure.ts';

describe('axisTitle', () => {
  test('titles a multiple as what it multiplies', () => {
    expect(axisTitle('multiple')).toBe('Times earnings');
  });

  test('gives every unit a distinct title', () => {
    const titles = units.map(axisTitle);
    expect(new Set(titles).size).toBe(units.length);
  });
});
