import type { Precision, Scale, Unit } from '../../schemas/figure.ts';
import { findBareNumbers } from '../validate/find-bare-numbers.ts';
import type { WrittenNumber } from '../model/written-numbers.ts';
import { normaliseQuoteText } from '../validate/normalise-quote-text.ts';

/** What `npm run new` guesses about one number of the source text. */
export interface FigureStub {
  value: number;
  unit: Unit;
  currency?: string;
  /** The scale word written with an amount or count: 13.7 with `billion`. */
  scale?: Scale;
  precision: Precision;
  basis: 'reported' | 'projected';
  quote: string;
}

const currencyOfSign: Record<string, string> = { $: 'USD', US$: 'USD', HK$: 'HKD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };
const currencyOfWord: Record<string, string> = { yuan: 'CNY', rmb: 'CNY', dollars: 'USD', euros: 'EUR' };

/** The unit a number's own sign or the word after it suggests. */
function guessUnit(found: WrittenNumber, next: string): Pick<FigureStub, 'unit' | 'currency'> {
  const sign = /^[-−–]?(US\$|HK\$|[$€£¥])/.exec(found.text)?.[1];
  const code = /^[-−–]?(RMB|CNY|USD|EUR|GBP|HKD|JPY)/.exec(found.text)?.[1];
  if (code) return { unit: 'currency', currency: code === 'RMB' ? 'CNY' : code };
  if (found.text.endsWith('%')) return { unit: 'percent' };
  if (sign) return { unit: 'currency', currency: currencyOfSign[sign] };
  const word = next.toLowerCase();
  const currency = Object.entries(currencyOfWord).find(([name]) => new RegExp(`\\b${name}\\b`).test(word));
  if (currency) return { unit: 'currency', currency: currency[1] };
  if (/^(percentage points?|points?)\b/.test(word)) return { unit: 'percentage-points' };
  if (/^(times|x)\b/.test(word)) return { unit: 'multiple' };
  if (/^months?\b/.test(word)) return { unit: 'months' };
  if (Number.isInteger(found.value) && found.value >= 1900 && found.value <= 2100) return { unit: 'year' };
  return { unit: 'count' };
}

const precisionWords: [RegExp, Precision][] = [
  [/\b(more than|over|above|exceeding)\s*$/i, 'more-than'],
  [/\b(at least|no less than)\s*$/i, 'at-least'],
  [/\b(less than|under|below)\s*$/i, 'less-than'],
  [/\b(at most|up to|no more than)\s*$/i, 'at-most'],
  [/\b(about|around|roughly|nearly|almost|some|approximately)\s*$/i, 'about'],
];

/** The shortest run of words around the number that occurs once in the text, as a quote. */
function shortestQuote(text: string, found: WrittenNumber): string {
  const before = text.slice(0, found.index).split(' ');
  const after = text.slice(found.index + found.text.length).split(' ');
  const head = before.pop() ?? '';
  const tail = after.shift() ?? '';
  const core = `${head}${found.text}${tail}`;
  let quote = core;
  for (let words = 1; words <= 12; words++) {
    quote = [...before.slice(-words), core, ...after.slice(0, words)].join(' ').trim();
    if (text.indexOf(quote) === text.lastIndexOf(quote)) break;
  }
  // A quote keeps to the sentence the number is in.
  const at = quote.indexOf(core);
  const lead = quote.slice(0, at).replace(/^.*[.;!?]\s/, '');
  const rest = /[.;!?]$/.test(core) ? '' : quote.slice(at + core.length).replace(/[.;!?]\s.*$/, '');
  return `${lead}${core}${rest}`.replace(/^[^\p{L}\p{N}$€£¥]+|[\s,;:.—–-]+$/gu, '');
}

/** A figure stub for every number the text writes in digits (dates aside), in order. */
export function figureStubs(sourceText: string): FigureStub[] {
  const text = normaliseQuoteText(sourceText);
  return findBareNumbers(text).map((found) => {
    const before = text.slice(Math.max(0, found.index - 40), found.index);
    const next = text
      .slice(found.index + found.text.length)
      .trimStart()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    const sentence = text.slice(Math.max(0, found.index - 80), found.index + 40);
    const unit = guessUnit(found, next);
    return {
      value: found.minus ? -found.value : found.value,
      ...unit,
      ...(found.scale && (unit.unit === 'currency' || unit.unit === 'count') ? { scale: found.scale } : {}),
      precision: precisionWords.find(([pattern]) => pattern.test(before))?.[1] ?? 'exact',
      basis: /\b(projected|expected|forecast|estimated?|consensus)\b/i.test(sentence) ? 'projected' : 'reported',
      quote: shortestQuote(text, found),
    };
  });
}

const yamlText = (text: string) => JSON.stringify(text);

/**
 * A new briefing's MDX for `npm run new`: a figure stub per number of the source text, each
 * marked `stub: true` so the check fails until an editor completes it; empty texts to write; the
 * source entry naming its file; and a body with one section.
 */
export function scaffoldBriefing(slug: string, sourceFile: string, sourceText: string): string {
  const figures = figureStubs(sourceText).flatMap((stub, i) => [
    `  - id: figure-${i + 1}`,
    '    stub: true',
    '    label: ""',
    '    entity: subject',
    `    metric: metric-${i + 1}`,
    `    value: ${stub.value}`,
    `    unit: ${stub.unit}`,
    ...(stub.currency ? [`    currency: ${stub.currency}`] : []),
    ...(stub.scale ? [`    scale: ${stub.scale}`] : []),
    `    precision: ${stub.precision}`,
    '    period: ""',
    `    basis: ${stub.basis}`,
    '    source: source',
    `    quote: ${yamlText(stub.quote)}`,
  ]);
  return [
    '---',
    `# Written by npm run new from ${sourceFile}. Fill in every empty text, complete each figure`,
    '# marked stub: true (then delete that line) and delete the figures the briefing does not use.',
    'title: ""',
    'summary: ""',
    'subject:',
    '  company: ""',
    '  entity: subject',
    'asOf: ""',
    'published: ""',
    'disclaimer: ""',
    '',
    'sources:',
    '  - id: source',
    '    title: ""',
    '    date: { undated: true, note: "" }',
    `    file: ${sourceFile}`,
    '',
    'entities:',
    '  - { id: subject, name: "", kind: company }',
    '',
    `figures:${figures.length ? '' : ' []'}`,
    ...figures,
    '',
    'sections:',
    `  - { id: ${slug}, title: "" }`,
    '---',
    '',
    `<Section id="${slug}">`,
    '',
    '</Section>',
    '',
  ].join('\n');
}
