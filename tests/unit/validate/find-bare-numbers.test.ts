import { describe, expect, test } from 'vitest';
import { findBareNumbers, nameProblem } from '../../../src/lib/validate/find-bare-numbers.ts';

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

  test('leaves dates, years, periods named by a year and times of day alone', () => {
    expect(texts('On 20 February 2025, March 3, 2024 and in March 2025 (2025-02-20), and in 2023.')).toEqual([]);
    expect(texts('Results for Q3 2018, FY2019, fiscal 2023, H1 2025 and 2023-24, out at 1:45 p.m.')).toEqual([]);
    expect(texts('It sold 2019 units, 2020% more, for $2021 and 2022 million yuan.')).toEqual([
      '2020%',
      '$2021',
      '2022 million',
    ]);
    expect(texts('The S&P 500 rose 1.2% and the FTSE 100 slipped.')).toEqual(['1.2%']);
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

describe('findBareNumbers reads digits however they are written', () => {
  test('reads full-width, other scripts, superscript, circled, mathematical digits and fractions', () => {
    expect(texts('Shares rose ４２% today')).toEqual(['４２%']);
    expect(findBareNumbers('Shares rose ４２% today')[0]).toMatchObject({ value: 42, index: 12 });
    expect(texts('ارتفع ٤٢٪')).toEqual(['٤٢٪']);
    expect(texts('up ⁴²% on the day')).toEqual(['⁴²%']);
    expect(texts('up ④% on the day')).toEqual(['④%']);
    expect(texts('up 𝟒𝟐% on the day')).toEqual(['𝟒𝟐%']);
    expect(texts('up ½% on the day').length).toBeGreaterThan(0);
  });

  test('reads a letter O or l standing for a digit', () => {
    expect(texts('Shares rose 4O% today')).toEqual(['4O%']);
    expect(texts('Shares rose l2% today')).toEqual(['l2%']);
  });

  test('reads numbers glued to the word or mark before or the unit after them', () => {
    expect(texts('It trades at 12.2x forward earnings')).toEqual(['12.2x']);
    expect(texts('margins of 42pc and 7percent')).toEqual(['42pc', '7percent']);
    expect(texts('shares were up42% and _42%')).toEqual(['42%', '42%']);
    expect(texts('a record-42% jump')).toEqual(['-42%']);
    expect(texts('shares rose,42% on the day')).toEqual(['42%']);
    expect(texts('sales of 1,234% more')).toEqual(['1,234%']);
  });

  test('reads a quantity after a month as a quantity, not a day', () => {
    expect(texts('By June 42% of analysts agreed')).toEqual(['42%']);
    expect(texts('By June 12 the deal had closed')).toEqual([]);
    expect(texts('On June 31st, shares fell')).toEqual([]);
  });
});

describe('nameProblem', () => {
  test('accepts a short name with digits that are no quantity', () => {
    expect(nameProblem('Qwen 2.5 Max')).toBeUndefined();
    expect(nameProblem('S&P 500')).toBeUndefined();
  });

  test('refuses a sentence or a quantity passed off as a name', () => {
    expect(nameProblem('Shares rose 42% on the day')).toBe(
      'a name with no quantity in it, found "42%" in "Shares rose 42% on the day"',
    );
    expect(nameProblem('42%')).toBe('a name with no quantity in it, found "42%" in "42%"');
    expect(nameProblem('the one company that did better than all of its peers')).toBe(
      'a name of at most 6 words, found 11 words in "the one company that did better than all of its peers"',
    );
  });

  test('lets no name holding a quantity exempt that quantity in the text', () => {
    expect(texts('Shares rose 42% today', ['42%'])).toEqual(['42%']);
  });
});
