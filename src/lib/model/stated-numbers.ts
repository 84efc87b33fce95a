import { mentionsFall } from './quote-match.ts';
import { writtenNumbers } from './written-numbers.ts';

/** A number as a text writes it, with the precision its digits give. */
export interface StatedNumber {
  value: number;
  /** Half a unit of its last written digit: 239 is stated to within 0.5, 5.3 to within 0.05. */
  tolerance: number;
}

/** Every number written in digits in a text: "up 239%" gives 239 (±0.5), "5.3 billion" 5.3 (±0.05). */
export function statedNumbers(text: string): StatedNumber[] {
  return [...text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g)].map((m) => {
    const digits = m[0].replaceAll(',', '');
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    return { value: Number(digits), tolerance: 0.5 * 10 ** -decimals };
  });
}

/**
 * How a text states a computed value, or why it does not: `missing` when no number in it is the
 * value's size to the precision it is written in; `fall` when the value is negative and the text
 * writes it with neither a minus sign nor a word for a fall ("down", "shed"); `rise` when the value
 * is positive and the text writes it only with a minus sign. The same rule as a stated figure's
 * quote (`matchQuote`), so a value whose sign flips (inputs given the wrong way round) is caught.
 */
export function howStated(text: string, value: number): 'stated' | 'missing' | 'fall' | 'rise' {
  const sized = writtenNumbers(text).filter(
    (n) => !n.fraction && Math.abs(Math.abs(value) - n.value) <= 0.5 * 10 ** -n.decimals + 1e-9,
  );
  if (sized.length === 0) return 'missing';
  // A value that rounds to zero as written has no sign to state.
  if (sized.some((n) => Math.abs(value) <= 0.5 * 10 ** -n.decimals)) return 'stated';
  if (value < 0) return sized.some((n) => n.minus) || mentionsFall(text) ? 'stated' : 'fall';
  return sized.some((n) => !n.minus) ? 'stated' : 'rise';
}
