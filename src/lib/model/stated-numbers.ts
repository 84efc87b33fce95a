import { mentionsFall } from './quote-match.ts';

/** A number as a text writes it, with the precision its digits give. */
export interface StatedNumber {
  value: number;
  /** Half a unit of its last written digit: 239 is stated to within 0.5, 5.3 to within 0.05. */
  tolerance: number;
  /** True when a minus sign is written before it, a currency sign between them or not: "-5%", "−$3". */
  minus: boolean;
}

/**
 * Every number written in digits in a text, units aside ("2.5x", "26pc"): "up 239%" gives 239
 * (±0.5), "5.3 billion" 5.3 (±0.05). Numbers in words are left out: "one of the widest" states
 * no value.
 */
export function statedNumbers(text: string): StatedNumber[] {
  return [...text.matchAll(/(?<![\d.])\d{1,3}(?:,\d{3})*(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?/g)].map((m) => {
    const digits = m[0].replaceAll(',', '');
    const decimals = digits.includes('.') ? digits.split('.')[1]!.length : 0;
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    return {
      value: Number(digits),
      tolerance: 0.5 * 10 ** -decimals,
      minus: /[-−–]\s?(?:[A-Z]{0,3}\$|€|£|¥)?$/.test(before),
    };
  });
}

/**
 * How a text states a computed value, or why it does not: `missing` when no number in it is the
 * value's size to the precision it is written in; `fall` when the value is negative and the text
 * writes it with neither a minus sign nor a word for a fall ("down", "shed"); `rise` when the value
 * is positive and the text writes it only with a minus sign. The sign follows the rule of a stated
 * figure's quote (`matchQuote`), so a value whose sign flips (inputs given the wrong way round) is
 * caught; only a written zero ("flat at 0.0 points") needs no sign.
 */
export function howStated(text: string, value: number): 'stated' | 'missing' | 'fall' | 'rise' {
  const sized = statedNumbers(text).filter((n) => Math.abs(Math.abs(value) - n.value) <= n.tolerance + 1e-9);
  if (sized.length === 0) return 'missing';
  if (sized.some((n) => n.value === 0)) return 'stated';
  if (value < 0) return sized.some((n) => n.minus) || mentionsFall(text) ? 'stated' : 'fall';
  return sized.some((n) => !n.minus) ? 'stated' : 'rise';
}
