import { describe, expect, test } from 'vitest';
import { fractionWord, writtenNumbers } from '../../../src/lib/model/written-numbers.ts';

const read = (text: string) =>
  writtenNumbers(text).map(({ value, minus, decimals, scale, cents, fraction }) => ({
    value,
    minus,
    decimals,
    scale,
    cents,
    fraction,
  }));
const number = (value: number, more: object = {}) => ({
  value,
  minus: false,
  decimals: 0,
  scale: undefined,
  cents: false,
  fraction: false,
  ...more,
});

describe('writtenNumbers', () => {
  test('reads amounts with a scale written out or as a suffix, and a currency before them', () => {
    expect(read('revenue of $13.7 billion')).toEqual([number(13.7, { decimals: 1, scale: 'billion' })]);
    expect(read('RMB 236.5 billion')).toEqual([number(236.5, { decimals: 1, scale: 'billion' })]);
    expect(read('US$4.3 billion')).toEqual([number(4.3, { decimals: 1, scale: 'billion' })]);
    expect(read('$1.095B')).toEqual([number(1.095, { decimals: 3, scale: 'billion' })]);
    expect(read('€30.3bn')).toEqual([number(30.3, { decimals: 1, scale: 'billion' })]);
    expect(read('10 million downloads')).toEqual([number(10, { scale: 'million' })]);
    expect(read('a $5m fine and 2 trillion won')).toEqual([
      number(5, { scale: 'million' }),
      number(2, { scale: 'trillion' }),
    ]);
  });

  test('keeps the decimals as written, trailing zeros included', () => {
    expect(read('a target of $4.40')).toEqual([number(4.4, { decimals: 2 })]);
  });

  test('reads a minus sign, but not a dash between two numbers', () => {
    expect(read('-12%')).toEqual([number(12, { minus: true })]);
    expect(read('from −1% to +1%')).toEqual([number(1, { minus: true }), number(1)]);
    expect(read('2-4%')).toEqual([number(2), number(4)]);
    expect(read('$4.35–$4.55')).toEqual([number(4.35, { decimals: 2 }), number(4.55, { decimals: 2 })]);
  });

  test('reads small numbers and "flat" in words', () => {
    expect(read('over three years')).toEqual([number(3)]);
    expect(read('a four-month high')).toEqual([number(4)]);
    expect(read('guidance from flat to 2%')).toEqual([number(0), number(2)]);
  });

  test('reads cents and fractions in words', () => {
    expect(read('earned 4 cents a share')).toEqual([number(4, { cents: true })]);
    expect(read('lost a third of its value')).toEqual([number(1 / 3, { fraction: true })]);
  });

  test('reads thousands separators and no number inside a longer one or a word', () => {
    expect(read('some 1,200,000 staff')).toEqual([number(1200000)]);
    expect(read('a fourteen-day streak')).toEqual([number(14)]);
    expect(read('Model2 launched')).toEqual([]);
  });
});

describe('fractionWord', () => {
  test('names a value close to a common fraction', () => {
    expect(fractionWord(0.333)).toBe('a third');
    expect(fractionWord(0.5)).toBe('half');
    expect(fractionWord(0.4)).toBeUndefined();
  });
});

describe('writtenNumbers reads the forms real reports write', () => {
  const read = (text: string) => writtenNumbers(text).map(({ value, minus, scale }) => ({ value, minus, scale }));
  const plain = (value: number, more: object = {}) => ({ value, minus: false, scale: undefined, ...more });

  test('reads a hyphen between two numbers as a range, not a minus sign', () => {
    expect(read('growth of 2%-4%')).toEqual([plain(2), plain(4)]);
    expect(read('margins of 30%-35%')).toEqual([plain(30), plain(35)]);
    expect(read('$213M–$217M')).toEqual([plain(213, { scale: 'million' }), plain(217, { scale: 'million' })]);
    expect(read('-1% to +1%')).toEqual([plain(1, { minus: true }), plain(1)]);
  });

  test('reads breakeven and flat as zero, the floor of a range', () => {
    expect(read('breakeven to $0.04 a share')).toEqual([plain(0), plain(0.04)]);
    expect(read('from −2% to flat')).toEqual([plain(2, { minus: true }), plain(0)]);
  });

  test('reads lakh and crore as scales', () => {
    expect(read('Rs 3,612 crore')).toEqual([plain(3612, { scale: 'crore' })]);
    expect(read('₹45 lakh')).toEqual([plain(45, { scale: 'lakh' })]);
    expect(read('Rs 120cr')).toEqual([plain(120, { scale: 'crore' })]);
  });

  test('reads accounting brackets as a minus sign', () => {
    expect(read('margin (800 basis points)')).toEqual([plain(800, { minus: true })]);
  });
});

describe('writtenNumbers in minor units', () => {
  test('reads pence and paise with their currency', () => {
    expect(writtenNumbers('a dividend of 50p a share').map((n) => [n.value, n.cents, n.currencies])).toEqual([
      [50, true, ['GBP']],
    ]);
    expect(writtenNumbers('earnings of 75 paise').map((n) => [n.value, n.cents, n.currencies])).toEqual([
      [75, true, ['INR']],
    ]);
  });
});
