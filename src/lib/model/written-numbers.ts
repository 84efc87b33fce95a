import type { Scale } from '../../schemas/figure.ts';
import { comparisonWords, precisionPhrases, type Precision } from '../../schemas/precision.ts';

/** A number as a text writes it: "US$13.7 billion", "-12%", "four", "4 cents", "a third". */
export interface WrittenNumber {
  /** The number as written, without its sign or scale: 13.7 for "$13.7 billion". */
  value: number;
  /** True when a minus sign is written before it. */
  minus: boolean;
  /** Decimal places as written: 2 for "$4.40". */
  decimals: number;
  scale?: Scale;
  /** True for an amount written in cents ("4 cents", "4¢"). */
  cents: boolean;
  /** True for a fraction written in words ("a third", "half"). */
  fraction: boolean;
  /** Where it starts in the text. */
  index: number;
  /** The text it was read from. */
  text: string;
  /** The unit written with it: "12%" percent, "2 points", "150 basis points", "8.5x", "US$6.1 billion". */
  unit?: WrittenUnit;
  /** For an amount, the currencies its sign or word may mean: "$" any dollar, "¥" yen or yuan. */
  currencies?: readonly string[];
  /** The precision its phrase gives ("more than 25%", "as much as 11%"); `exact` with none. */
  precision: Precision;
  /** The side a comparison earlier in the text puts a value on: "surpassing the index's 25%" is `lower`. */
  passed?: 'lower' | 'upper';
  /** The direction a word next to it gives: "fell 64%", "a 47% drop", "an increase of 317%". */
  direction?: 'fall' | 'rise';
  /** True when written in digits rather than words. */
  digits: boolean;
}

/** Units a number's own marks give: a percent sign, "points", "basis points", "x", a currency. */
export type WrittenUnit = 'percent' | 'points' | 'basis-points' | 'multiple' | 'currency';

/** Small whole numbers as sources spell them, from zero. */
export const numberWords = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

/** Words that stand for a number of their own. */
const wordValues = new Map<string, number>([
  ...numberWords.map((word, i): [string, number] => [word, i]),
  ['flat', 0],
  ['unchanged', 0],
  // The floor of a range such as "breakeven to $0.04".
  ['breakeven', 0],
  ['break-even', 0],
]);

/** Fractions written in words, as a share of one. */
const fractionWords = new Map<string, number>([
  ['half', 1 / 2],
  ['a half', 1 / 2],
  ['one half', 1 / 2],
  ['a third', 1 / 3],
  ['one third', 1 / 3],
  ['one-third', 1 / 3],
  ['two thirds', 2 / 3],
  ['two-thirds', 2 / 3],
  ['a quarter', 1 / 4],
  ['one quarter', 1 / 4],
  ['three quarters', 3 / 4],
  ['three-quarters', 3 / 4],
  ['a fifth', 1 / 5],
  ['a tenth', 1 / 10],
]);

const scaleWords: Record<string, Scale> = {
  thousand: 'thousand',
  thousands: 'thousand',
  millions: 'million',
  billions: 'billion',
  lakh: 'lakh',
  lakhs: 'lakh',
  crore: 'crore',
  crores: 'crore',
  cr: 'crore',
  k: 'thousand',
  million: 'million',
  mn: 'million',
  mln: 'million',
  m: 'million',
  billion: 'billion',
  bn: 'billion',
  b: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
  tr: 'trillion',
  t: 'trillion',
};

/**
 * Words that say a number is a fall, in the forms reports write them ("fell 64%", "a 47% drop",
 * "shed $233 billion", "ended 12% lower"); they stand in for a minus sign, next to the number only.
 */
export const fallWords = [
  ...['fall', 'falls', 'fell', 'fallen', 'falling', 'down', 'drop', 'drops', 'dropped', 'dropping'],
  ...['decline', 'declines', 'declined', 'declining', 'decrease', 'decreases', 'decreased', 'decreasing'],
  ...['shed', 'sheds', 'shedding', 'lost', 'lose', 'loses', 'losing', 'loss', 'losses', 'lower', 'slid', 'slide'],
  ...['slides', 'sliding', 'slump', 'slumps', 'slumped', 'plunge', 'plunged', 'plunges', 'plummet', 'plummeted'],
  ...['tumble', 'tumbled', 'tumbles', 'sank', 'sink', 'sinks', 'sunk', 'shrank', 'shrink', 'shrinks', 'shrunk'],
  ...['contracted', 'contraction', 'reduction', 'worse', 'minus', 'negative', 'tank', 'tanks', 'tanked'],
  ...['crater', 'cratered', 'dove', 'dive', 'dived', 'slip', 'slips', 'slipped', 'sagged', 'retreated', 'eased'],
  ...['collapse', 'collapsed', 'collapses', 'crash', 'crashed', 'crashes', 'nosedived', 'dipped', 'dip', 'dips'],
  ...['plummets', 'plummetted', 'plunging', 'tumbling', 'sinking', 'slumping', 'eroded', 'skidded'],
] as const;

/** Words that say a number is a rise: "rose 5%", "a 12% gain", "an increase of 317%". */
export const riseWords = [
  ...['rise', 'rises', 'rose', 'risen', 'rising', 'up', 'gain', 'gains', 'gained', 'grew', 'grow', 'grows'],
  ...['growth', 'increase', 'increases', 'increased', 'jump', 'jumps', 'jumped', 'surge', 'surged', 'soared'],
  ...['soar', 'climb', 'climbed', 'climbs', 'advance', 'advanced', 'higher', 'rally', 'rallied', 'plus'],
  ...['expanded', 'expansion', 'improved', 'boosted', 'added', 'adding', 'spiked', 'rebounded', 'positive'],
  ...['zoomed', 'rocketed', 'leapt', 'leaped', 'climbing', 'surging', 'jumping', 'gaining'],
] as const;

/** Currency marks before an amount, with the currencies each may mean. */
const currencySigns: Record<string, readonly string[]> = {
  US$: ['USD'],
  HK$: ['HKD'],
  A$: ['AUD'],
  C$: ['CAD'],
  S$: ['SGD'],
  NT$: ['TWD'],
  NZ$: ['NZD'],
  $: ['USD', 'HKD', 'AUD', 'CAD', 'SGD', 'TWD', 'NZD'],
  '€': ['EUR'],
  '£': ['GBP'],
  '¥': ['JPY', 'CNY'],
  '₹': ['INR'],
  Rs: ['INR'],
  'Rs.': ['INR'],
  RMB: ['CNY'],
  '₩': ['KRW'],
};

/** Currency words after an amount ("6.4 billion yuan"), with the currencies each may mean. */
const currencyWords: Record<string, readonly string[]> = {
  yuan: ['CNY'],
  renminbi: ['CNY'],
  rmb: ['CNY'],
  dollar: currencySigns.$!,
  dollars: currencySigns.$!,
  euro: ['EUR'],
  euros: ['EUR'],
  pound: ['GBP'],
  pounds: ['GBP'],
  sterling: ['GBP'],
  rupee: ['INR'],
  rupees: ['INR'],
  yen: ['JPY'],
  won: ['KRW'],
  francs: ['CHF'],
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Each precision phrase as a test of the words before a number, compiled once (every number of
 * every briefing is tried against each): the words end in the phrase, after a non-letter; a number
 * in words may take its article after it ("around the break-even level").
 */
const phraseTests = precisionPhrases.map(([phrase, precision]) => {
  const ending = (tail: string) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(phrase)}\\s*${tail}$`, 'iu');
  return { phrase, precision, beforeDigits: ending(''), beforeWords: ending('(?:the\\s+)?') };
});
/** Words that make a figure a bound ("outpaced": one from below, "trailed": one from above), as whole-word tests. */
const comparisonTests = {
  lower: comparisonWords.lower.map((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i')),
  upper: comparisonWords.upper.map((word) => new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i')),
};
const lexicon = (words: readonly string[]) => new RegExp(`^(?:${words.join('|')})$`, 'i');
const isFall = lexicon(fallWords);
const isRise = lexicon(riseWords);

/** The direction a word gives: "fell" a fall, "rose" a rise, "to" none. */
const directionOfWord = (word: string | undefined): 'fall' | 'rise' | undefined =>
  word && isFall.test(word) ? 'fall' : word && isRise.test(word) ? 'rise' : undefined;

/**
 * The direction the end of a text gives the number that follows it: "fell by", "a fall of",
 * "down" a fall; "rose by", "an increase of", "up" a rise; none where a level follows ("fell to").
 * The one rule for quotes and for the words an author writes before a figure.
 */
export function directionBefore(text: string): 'fall' | 'rise' | undefined {
  // "slipped $50.99, or 22.42%": a number in apposition takes the direction of the one before it.
  // "fell from $59.90 to $47.26, or 21 percent": so does one after the two levels of a move.
  const amount = String.raw`[-−]?[^\s\d]{0,3}\d[\d.,]*\s*(?:%|percent|per cent|[a-z]+)?`;
  const apposition = new RegExp(String.raw`(?:\s+from\s+${amount}\s+to\s+${amount}|\s*${amount}),?\s+or\s*$`, 'i');
  const words = apposition.test(text) ? text.replace(apposition, ' ') : text;
  return directionOfWord(
    /([A-Za-z]+)(?:\s+(?:by|of|a|an|some|another|just|only|sharply|slightly|further|still))*\s*$/.exec(words)?.[1],
  );
}
// After a number: its unit, then perhaps a word for its direction ("12% lower", "a 47% drop"),
// past the words that say what it is measured against or how big ("a 41.2% year-on-year drop").
const qualifiersAfter =
  /^(?:\s*(?:year[- ](?:on|over)[- ]year|quarter[- ](?:on|over)[- ]quarter|month[- ](?:on|over)[- ]month|on[- ]year|y-?o-?y|q-?o-?q|annual(?:i[sz]ed)?|sequential|sharp|steep|modest|slight|marginal))*/i;
const unitAfter =
  /^(?:\s?(%|percent\b|per\s?cent\b|pc\b)|\s?(percentage\s+points?\b|points?\b|pp\b|ppts?\b)|\s?(basis\s+points?\b|bps?\b)|(x\b|\s?times\b))/i;

/** The currency, unit, precision and direction the words around a number give it. */
function annotate(text: string, n: Omit<WrittenNumber, 'precision' | 'digits'>): WrittenNumber {
  const after = text.slice(n.index + n.text.length);
  const unitMatch = unitAfter.exec(after);
  const sign = /^[-−–]?((?:US|HK|A|C|S|NT|NZ)\$|\$|€|£|¥|₹|Rs\.?|RMB|₩)/.exec(n.text)?.[1];
  const code = /^[-−–]?(CNY|USD|EUR|GBP|HKD|JPY|INR|AUD|CAD|SGD|CHF|KRW)/.exec(n.text)?.[1];
  const rest = after.slice(unitMatch?.[0].length ?? 0);
  const word = /^\s([A-Za-z]+)\b/.exec(rest)?.[1]?.toLowerCase();
  // A minor unit names its currency: pence are sterling, paise rupees.
  const minor = /(?:pence|p)$/.test(n.text) ? ['GBP'] : /paise$/.test(n.text) ? ['INR'] : undefined;
  const currencies = minor
    ? minor
    : code
      ? [code]
      : sign
        ? currencySigns[sign]
        : word && currencyWords[word]
          ? currencyWords[word]
          : /^\s([A-Z]{3})\b/.exec(rest)?.[1]
            ? [/^\s([A-Z]{3})\b/.exec(rest)![1]!]
            : undefined;
  const unit: WrittenUnit | undefined = unitMatch?.[1]
    ? 'percent'
    : unitMatch?.[2]
      ? 'points'
      : unitMatch?.[3]
        ? 'basis-points'
        : unitMatch?.[4]
          ? 'multiple'
          : currencies || n.cents
            ? 'currency'
            : undefined;
  const before = text.slice(0, n.index);
  const inWords = !/\d/.test(n.text);
  const phrase = phraseTests.find(
    (p) =>
      (inWords ? p.beforeWords : p.beforeDigits).test(before) &&
      // "over three years" is a span of time, not more than three.
      !(p.phrase === 'over' && /^\s(?:days?|weeks?|months?|quarters?|years?)\b/i.test(after)),
  );
  const passed = (['lower', 'upper'] as const).find((side) => comparisonTests[side].some((test) => test.test(before)));
  const lead = phrase ? before.slice(0, before.toLowerCase().lastIndexOf(phrase.phrase)) : before;
  // The word just before (past "by", "of", "a"), or just after the number and its unit.
  const direction =
    directionBefore(lead) ?? directionOfWord(/^\s*([A-Za-z]+)/.exec(rest.replace(qualifiersAfter, ''))?.[1]);
  // Accounting brackets write a negative number: "(800 basis points)", "(3.2)"; brackets straight
  // after an amount hold the same amount in another currency: "$19.38 billion (€17.9 billion)".
  const converted =
    /(?:\d|%|\b(?:thousand|lakh|million|crore|billion|trillion|bn|mn|m|b|yuan|euros?|dollars?))\s*$/i.test(
      text.slice(0, Math.max(0, n.index - 1)),
    );
  const bracketed = text[n.index - 1] === '(' && /^\)/.test(rest) && direction !== 'rise' && !converted;
  return {
    ...n,
    ...(bracketed ? { minus: true } : {}),
    ...(unit ? { unit } : {}),
    ...(currencies ? { currencies } : {}),
    precision: phrase?.precision ?? 'exact',
    ...(direction ? { direction } : {}),
    ...(passed ? { passed } : {}),
    digits: /\d/.test(n.text),
  };
}

const currencyPrefix = String.raw`(?:[A-Z]{1,3}\$|\$|€|£|¥|₹|(?:RMB|CNY|USD|EUR|GBP|HKD|JPY|Rs\.?)\s?)`;
const minus = String.raw`[-−–]`;
const digits = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+`;
const words = [...wordValues.keys()].join('|');
// A scale written out ("13.7 billion") or as a suffix ("$1.095B", "€30.3bn"); a bare "m" or "b"
// only when attached to the digits.
const spacedScale = String.raw`(?:\s(thousands?|lakhs?|millions?|crores?|billions?|trillion)\b|\s(bn|mn|mln|tn|cr)\b)`;
const attachedScale = String.raw`(?:(bn|mn|mln|tn|cr|k|m|b|t)\b)`;
// A unit glued to the digits: "8.5x", "42pc", "7percent", "150bp", "2pp".
const attachedUnit = String.raw`(?:x|pc|percent|pp|ppts?|bps?)\b`;
// An amount in a minor unit: "4 cents", "4¢", "50 pence", "50p", "75 paise".
const cents = String.raw`(?:\s?(cents?|¢|pence|paise)\b|(p)\b)`;
const numberPattern = new RegExp(
  String.raw`(?<![\w.,%)])(${minus})?${currencyPrefix}?(${minus})?(${digits}|${words})(?:${attachedScale}|(?=${attachedUnit}|p\b)|(?![\w]|[.,]\d)${spacedScale}?)${cents}?`,
  'giu',
);
const fractionPattern = new RegExp(String.raw`\b(${[...fractionWords.keys()].join('|')})\b`, 'gi');

/** Every number a text writes, in order, with its sign, scale and decimals as written. */
export function writtenNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [whole, before, after, number, attached, scaleWord, scaleSuffix, cent, pence] = match;
    const word = wordValues.get(number!.toLowerCase());
    const plain = number!.replaceAll(',', '');
    found.push(
      annotate(text, {
        value: word ?? Number(plain),
        minus: Boolean(before ?? after),
        decimals: word === undefined ? (plain.split('.')[1]?.length ?? 0) : 0,
        scale: scaleWords[(scaleWord ?? scaleSuffix ?? attached ?? '').toLowerCase()],
        cents: Boolean(cent ?? pence),
        fraction: false,
        index: match.index,
        text: whole,
      }),
    );
  }
  for (const match of text.matchAll(fractionPattern)) {
    found.push(
      annotate(text, {
        value: fractionWords.get(match[1]!.toLowerCase())!,
        minus: false,
        decimals: 0,
        cents: false,
        fraction: true,
        index: match.index,
        text: match[0],
      }),
    );
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The fraction a word names, when `value` is close enough to one to be it ("a third" for 0.333). */
export function fractionWord(value: number): string | undefined {
  for (const [word, fraction] of fractionWords) if (Math.abs(value - fraction) < 0.0005) return word;
  return undefined;
}
