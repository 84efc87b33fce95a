import { describe, expect, test } from 'vitest';
import { deriveValue, derivedUnit, formulaInWords, formulaText, roundTo } from '../../../src/lib/model/derive-value.ts';
import { howStated } from '../../../src/lib/model/quote-match.ts';

describe('deriveValue', () => {
  test('computes each formula from [a, b]', () => {
    expect(deriveValue('difference', 39.8, 37.9)).toBeCloseTo(1.9, 10);
    expect(deriveValue('percentage-point-gap', 34, 26)).toBe(8);
    expect(deriveValue('ratio', 14.6, 12.2)).toBeCloseTo(1.19672, 5);
    expect(deriveValue('percentage-change', 39.8, 37.9)).toBeCloseTo(5.01319, 5);
    expect(deriveValue('share', 39.8, 247.8)).toBeCloseTo(16.06134, 5);
  });

  test('has no value for a division by zero', () => {
    expect(deriveValue('ratio', 1, 0)).toBeUndefined();
    expect(deriveValue('percentage-change', 1, 0)).toBeUndefined();
    expect(deriveValue('share', 1, 0)).toBeUndefined();
  });
});

describe('derivedUnit', () => {
  test("gives each formula's unit, and none for a point gap between figures that are not percentages", () => {
    expect(derivedUnit('difference', 'currency')).toBe('currency');
    expect(derivedUnit('ratio', 'currency')).toBe('multiple');
    expect(derivedUnit('percentage-change', 'currency')).toBe('percent');
    expect(derivedUnit('share', 'count')).toBe('percent');
    expect(derivedUnit('percentage-point-gap', 'percent')).toBe('percentage-points');
    expect(derivedUnit('percentage-point-gap', 'multiple')).toBeUndefined();
  });
});

describe('formulaText', () => {
  test('writes the formula with its inputs and true minus signs', () => {
    expect(formulaText('percentage-change', 39.8, 37.9)).toBe('(39.8 − 37.9) / 37.9');
    expect(formulaText('difference', 5, -3)).toBe('5 − (−3)');
    expect(formulaText('ratio', 14.6, 12.2)).toBe('14.6 / 12.2');
    expect(formulaText('share', 39.8, 247.8)).toBe('39.8 / 247.8');
    expect(formulaText('percentage-point-gap', -52, -78)).toBe('−52 − (−78)');
  });
});

describe('formulaInWords', () => {
  test('says each formula in words, its inputs as the page writes them', () => {
    expect(formulaInWords('percentage-change', 'CN¥39.8 billion', 'CN¥37.9 billion')).toBe(
      'the change from CN¥37.9 billion to CN¥39.8 billion',
    );
    expect(formulaInWords('percentage-point-gap', '34%', '26%')).toBe('34% less 26%');
    expect(formulaInWords('difference', '€5 million', '−€3 million')).toBe('€5 million less −€3 million');
    expect(formulaInWords('ratio', '14.6 times', '12.2 times')).toBe('14.6 times divided by 12.2 times');
    expect(formulaInWords('share', 'CN¥39.8 billion', 'CN¥247.8 billion')).toBe('CN¥39.8 billion of CN¥247.8 billion');
  });
});

describe('roundTo', () => {
  test('rounds half away from zero', () => {
    expect(roundTo(5.0131, 1)).toBe(5);
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(40, 0)).toBe(40);
  });
});

describe('howStated', () => {
  test('accepts a computed value within the precision the text writes it to, with its sign', () => {
    expect(howStated('beat estimates by 5%', 5.0132)).toBe('stated');
    expect(howStated('up 239%', 238.6)).toBe('stated');
    expect(howStated('down 5.3%', -5.27)).toBe('stated');
    expect(howStated('a change of -5.3%', -5.27)).toBe('stated');
    expect(howStated('margins were flat at 0.0 points', -0.03)).toBe('stated');
  });

  test('reads numbers with units attached, and not numbers in words', () => {
    expect(howStated('revenue was 2.5x the estimate', 2.5)).toBe('stated');
    expect(howStated('rose to 26pc', 26.2)).toBe('stated');
    expect(howStated('one of the widest gaps', 0.8)).toBe('missing');
    expect(howStated('margins stayed flat', 0.4)).toBe('missing');
  });

  test('waives the sign only for a number written as zero', () => {
    expect(howStated('ahead by 1 point', -0.5)).toBe('fall');
    expect(howStated('a gap of 0 points', -0.3)).toBe('stated');
  });

  test('reports a value the text does not write to its precision', () => {
    expect(howStated('beat estimates by 5%', 5.6)).toBe('missing');
    expect(howStated('beat estimates by 5.0%', 5.06)).toBe('missing');
    expect(howStated('no number here', 1)).toBe('missing');
  });

  test('reports a fall written as a rise, and a rise written as a fall with a minus sign', () => {
    expect(howStated('up 5.3%', -5.27)).toBe('fall');
    expect(howStated('a change of -5.3%', 5.27)).toBe('rise');
  });
});
