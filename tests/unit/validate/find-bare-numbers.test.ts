import { describe, expect, test } from 'vitest';
import { findBareNumbers } from '../../../src/lib/validate/find-bare-numbers.ts';

const texts = (text: string, names: string[] = []) => findBareNumbers(text, names).map((n) => n.text);

describe('findBareNumbers', () => {
  test('finds numbers written in digits with their currency sign and per cent sign', () => {
    expect(texts('Revenue of US$4.3 billion, down -3%')).toEqual(['US$4.3 billion', '-3%']);
    expect(texts('Shares rose 42% to $4.20, on 1,200 contracts and 9.7 times earnings.')).toEqual([
      '42%',
      '$4.20',
      '1,200',
      '9.7',
    ]);
  });

  test('gives each number its value and place', () => {
    expect(findBareNumbers('up 1,200.5%')).toMatchObject([{ text: '1,200.5%', value: 1200.5, index: 3, minus: false }]);
  });

  test('leaves digits inside words, codes and ordinals alone', () => {
    expect(texts("DeepSeek's V3, the Q4 report, its 3rd quarter, COVID-19 and 5G")).toEqual([]);
  });

  test('leaves dates alone but not a year on its own', () => {
    expect(texts('On 20 February 2025, March 3, 2024 and in March 2025 (2025-02-20), not in 2023.')).toEqual(['2023']);
    expect(texts('published on 20 and 21 February 2025')).toEqual([]);
  });

  test("treats a number inside an entity's name as part of the name, across line breaks", () => {
    expect(texts('its Qwen 2.5\n  Max model beat 3 rivals', ["Alibaba's Qwen 2.5 Max"])).toEqual(['3']);
    expect(texts("Alibaba's Qwen 2.5 Max", ["Alibaba's Qwen 2.5 Max"])).toEqual([]);
  });

  test('does not treat the same digits outside the name as a name', () => {
    expect(texts('Qwen 2.5 Max rose 2.5%', ['Qwen 2.5 Max'])).toEqual(['2.5%']);
  });
});
