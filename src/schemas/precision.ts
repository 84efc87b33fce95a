/**
 * How exactly a source states a number, as one table: each precision's wording on the page, the
 * phrases a source writes for it (the check reads them before a quoted number, `npm run new`
 * guesses from them), and which side of the value a bound leaves open. The figure schema's enum,
 * the page's formatting, the quote check, the scaffold's guesses and the charts all derive from it.
 */
export const precisionTable = {
  /** The number as stated. */
  exact: { wording: '', phrases: [], bound: undefined },
  /** A rounded number: "about", "around", "roughly", "~". */
  about: {
    wording: 'about',
    phrases: ['about', 'around', 'roughly', 'approximately', 'some', 'close to', 'an estimated', '~'],
    bound: undefined,
  },
  /** Just short of the number, towards zero: "nearly", "almost", "just under". */
  nearly: {
    wording: 'nearly',
    phrases: ['nearly', 'almost', 'just under', 'just shy of', 'just short of'],
    bound: undefined,
  },
  /** A lower bound the value exceeds: "more than", "over". */
  'more-than': {
    wording: 'more than',
    phrases: ['more than', 'over', 'above', 'exceeding', 'in excess of', 'upwards of', 'north of'],
    bound: 'lower',
  },
  /** A lower bound the value may equal: "at least", "no less than". */
  'at-least': { wording: 'at least', phrases: ['at least', 'no less than', 'a minimum of'], bound: 'lower' },
  /** An upper bound the value stays below: "less than", "under". */
  'less-than': { wording: 'less than', phrases: ['less than', 'under', 'below', 'fewer than'], bound: 'upper' },
  /** An upper bound the value may equal: "at most", "no more than". */
  'at-most': { wording: 'at most', phrases: ['at most', 'no more than', 'a maximum of'], bound: 'upper' },
  /** As far as the number and no further: "up to", "as much as", "as high as". */
  'up-to': { wording: 'up to', phrases: ['up to', 'as much as', 'as high as', 'as many as'], bound: 'upper' },
} as const satisfies Record<
  string,
  { wording: string; phrases: readonly string[]; bound: 'lower' | 'upper' | undefined }
>;

export type Precision = keyof typeof precisionTable;

/** Every precision, in the table's order. */
export const precisions = Object.keys(precisionTable) as [Precision, ...Precision[]];

/**
 * Words that place a value beyond another's number without a precision phrase: "surpassing the
 * index's 25% gain" says a gain of more than 25%, "trailing its 8%" less than 8%. They give a bound
 * its side when the quote states the number being passed.
 */
export const comparisonWords = {
  lower: [
    'surpassing',
    'surpassed',
    'outpacing',
    'outpaced',
    'beating',
    'beat',
    'exceeding',
    'exceeded',
    'topping',
    'topped',
    'ahead of',
    'outstripping',
    'outstripped',
  ],
  upper: ['trailing', 'trailed', 'behind', 'lagging', 'lagged', 'short of', 'shy of'],
} as const;

/** Every source phrase with the precision it means, longest first so "no more than" wins over "more than". */
export const precisionPhrases: readonly (readonly [string, Precision])[] = precisions
  .flatMap((precision) => precisionTable[precision].phrases.map((phrase) => [phrase, precision] as const))
  .sort(([a], [b]) => b.length - a.length);
