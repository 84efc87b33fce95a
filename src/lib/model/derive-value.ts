import type { Formula, Unit } from '../../schemas/figure.ts';

/** Computes a formula on its inputs [a, b]; undefined when it has no value (a division by zero). */
export function deriveValue(formula: Formula, a: number, b: number): number | undefined {
  switch (formula) {
    case 'difference':
    case 'percentage-point-gap':
      return a - b;
    case 'ratio':
      return b === 0 ? undefined : a / b;
    case 'percentage-change':
      return b === 0 ? undefined : ((a - b) / b) * 100;
    case 'share':
      return b === 0 ? undefined : (a / b) * 100;
  }
}

/** The unit a formula's result is in, given its inputs' unit; undefined when the inputs do not suit it. */
export function derivedUnit(formula: Formula, inputUnit: Unit): Unit | undefined {
  switch (formula) {
    case 'difference':
      return inputUnit;
    case 'percentage-point-gap':
      return inputUnit === 'percent' ? 'percentage-points' : undefined;
    case 'ratio':
      return 'multiple';
    case 'percentage-change':
    case 'share':
      return 'percent';
  }
}

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });
/** A number in a formula, with a true minus sign: "52.4", "−5". */
const written = (n: number) => number.format(n).replace('-', '−');
const minus = (n: number) => (n < 0 ? `(${written(n)})` : written(n));

/** The formula with its inputs as written, for citations and downloads: "(52.4 − 50.1) / 50.1". */
export function formulaText(formula: Formula, a: number, b: number): string {
  switch (formula) {
    case 'difference':
    case 'percentage-point-gap':
      return `${written(a)} − ${minus(b)}`;
    case 'ratio':
    case 'share':
      return `${written(a)} / ${minus(b)}`;
    case 'percentage-change':
      return `(${written(a)} − ${minus(b)}) / ${minus(b)}`;
  }
}

/** Rounds to a number of decimal places, half away from zero. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/**
 * The formula in words, its inputs as the reader sees them ("CN¥39.8 billion"), for the page and
 * citations: "the change from CN¥37.9 billion to CN¥39.8 billion", "34% less 26%".
 */
export function formulaInWords(formula: Formula, a: string, b: string): string {
  switch (formula) {
    case 'difference':
    case 'percentage-point-gap':
      return `${a} less ${b}`;
    case 'ratio':
      return `${a} divided by ${b}`;
    case 'share':
      return `${a} of ${b}`;
    case 'percentage-change':
      return `the change from ${b} to ${a}`;
  }
}
