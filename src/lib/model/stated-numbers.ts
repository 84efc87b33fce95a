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

/** True when the text states `value` (its size, whatever the sign) to the precision the text writes. */
export function statesValue(text: string, value: number): boolean {
  return statedNumbers(text).some((n) => Math.abs(Math.abs(value) - n.value) <= n.tolerance + 1e-9);
}
