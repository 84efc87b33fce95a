import type { Basis, Precision, Scale, Unit } from '../schemas/figure.ts';
import { precisionTable } from '../schemas/precision.ts';
import { findBareNumbers, monthPattern } from '../lib/validate/find-bare-numbers.ts';
import { matchQuote, writtenNegative } from '../lib/model/quote-match.ts';
import type { WrittenNumber } from '../lib/model/written-numbers.ts';
import { normaliseQuoteText } from '../lib/validate/quotes.ts';
import { sourceHeader } from '../lib/validate/check-source-texts.ts';
import { monthNames } from '../schemas/period.ts';

/** What `npm run new` guesses about one number of the source text. */
export interface FigureStub {
  value: number;
  unit: Unit;
  currency?: string;
  /** The scale word written with an amount or count: 13.7 with `billion`. */
  scale?: Scale;
  precision: Precision;
  basis: Basis;
  /** For a range, its high end. */
  to?: number;
  /** What a value is per, when the source says: `share` for earnings, dividends and prices per share. */
  per?: string;
  quote: string;
}

/** The unit a number's own marks suggest (see `writtenNumbers`), else the word after it. */
function guessUnit(found: WrittenNumber, next: string): Pick<FigureStub, 'unit' | 'currency'> {
  const word = next.toLowerCase();
  switch (found.unit) {
    case 'percent':
      return { unit: 'percent' };
    case 'points':
      return { unit: 'percentage-points' };
    case 'basis-points':
      return { unit: 'basis-points' };
    case 'multiple':
      return { unit: 'multiple' };
    case 'currency':
      return { unit: 'currency', ...(found.currencies ? { currency: found.currencies[0]! } : {}) };
  }
  if (/^months?\b/.test(word)) return { unit: 'months' };
  if (Number.isInteger(found.value) && found.value >= 1900 && found.value <= 2100) return { unit: 'year' };
  return { unit: 'count' };
}

/**
 * The shortest run of words around the number that occurs once in the text and holds the stub's
 * figure (its unit and scale written after it: "5.2 per cent", "3,612 crore"), as a quote.
 */
function shortestQuote(text: string, found: WrittenNumber, holds: (quote: string) => boolean = () => true): string {
  const before = text.slice(0, found.index).split(' ');
  const after = text.slice(found.index + found.text.length).split(' ');
  const head = before.pop() ?? '';
  // A unit of two words stays whole: "5.2 per cent", "40 basis points".
  const unitOfTwo = /^(?:per|percentage|basis)$/i.test(after[1] ?? '') && /^(?:cent|points?)\b/i.test(after[2] ?? '');
  const tail = unitOfTwo ? after.splice(0, 3).join(' ') : (after.shift() ?? '');
  const core = `${head}${found.text}${tail}`;
  // A quote keeps to the sentence the number is in.
  const inSentence = (quote: string) => {
    const at = quote.indexOf(core);
    const lead = quote.slice(0, at).replace(/^.*[.;!?]\s/, '');
    const rest = /[.;!?]$/.test(core) ? '' : quote.slice(at + core.length).replace(/[.;!?]\s.*$/, '');
    return `${lead}${core}${rest}`.replace(/^[^\p{L}\p{N}$€£¥]+|[\s,;:.—–-]+$/gu, '');
  };
  let quote = core;
  for (let words = 1; words <= 12; words++) {
    quote = [...before.slice(-words), core, ...after.slice(0, words)].join(' ').trim();
    if (text.indexOf(quote) === text.lastIndexOf(quote) && holds(inSentence(quote))) break;
  }
  return inSentence(quote);
}

/** The number with its precision phrase ("more than 40%"), so a quote cut around it keeps the phrase. */
function withPhrase(text: string, found: WrittenNumber): WrittenNumber {
  if (found.precision === 'exact') return found;
  const before = text.slice(0, found.index);
  const phrases = precisionTable[found.precision].phrases as readonly string[];
  const start = Math.max(...phrases.map((phrase) => before.toLowerCase().lastIndexOf(phrase)));
  return start < 0 ? found : { ...found, index: start, text: text.slice(start, found.index) + found.text };
}

/** True when the words around an amount make it a value per share: EPS, a dividend, a share price. */
function perShare(lead: string, next: string): boolean {
  return (
    /^(?:a|per|each)\s+(?:share|ADS)\b/i.test(next) ||
    /\b(?:earnings per share|EPS|dividend|share price|shares? (?:closed|ended|traded|opened|stood) at|stock (?:closed|ended|traded) at)\b[^.]*$/i.test(
      lead,
    )
  );
}

/**
 * Whether a number is reported, projected or an estimate, from the words of its sentence before it:
 * analysts' figures are estimates, a company's forecasts are projections; a price is reported.
 */
function guessBasis(lead: string): FigureStub['basis'] {
  if (
    /\b(?:consensus|analysts?(?:'|’)?\s+(?:had\s+)?(?:expected|estimated?|forecast)|estimates?|polled|surveyed)\b/i.test(
      lead,
    )
  )
    return 'estimate';
  if (/\b(?:projected|expects?|expected to|forecasts?|guidance|outlook|sees)\b/i.test(lead)) return 'projected';
  return 'reported';
}

/** A figure stub for every number the text writes in digits (dates aside), in order. */
export function figureStubs(sourceText: string): FigureStub[] {
  const text = normaliseQuoteText(sourceText);
  return joinRanges(text, findBareNumbers(text)).map(({ found, high }): FigureStub => {
    const next = text
      .slice(found.index + found.text.length)
      .trimStart()
      .split(' ')
      .slice(0, 2)
      .join(' ');
    // The words of the number's own sentence, up to the number, say how it was arrived at.
    const lead =
      text
        .slice(Math.max(0, found.index - 120), found.index)
        .split(/[.;!?]\s/)
        .pop() ?? '';
    const unit = guessUnit(found, next);
    const per = unit.unit === 'currency' && perShare(lead, next) ? { per: 'share' } : {};
    const low = writtenNegative(found) ? -found.value : found.value;
    const stub = {
      // A fall ("fell 12%", "a loss of $5 million") is negative, as the check reads it.
      value: low,
      // A range's high end carries a fall written before its low end ("a loss of $2.93 to $2.78").
      ...(high ? { to: writtenNegative(high) || low < 0 ? -high.value : high.value } : {}),
      ...unit,
      ...(found.scale && (unit.unit === 'currency' || unit.unit === 'count') ? { scale: found.scale } : {}),
      ...per,
      precision: found.precision,
      basis: guessBasis(lead),
    };
    const holds = (quote: string) => matchQuote({ ...stub, quote }).found;
    return { ...stub, quote: shortestQuote(text, withPhrase(text, high ? spanning(text, found, high) : found), holds) };
  });
}

/** The two ends of a range as one written number, for a quote that holds both. */
function spanning(text: string, low: WrittenNumber, high: WrittenNumber): WrittenNumber {
  return { ...low, text: text.slice(low.index, high.index + high.text.length) };
}

/**
 * Numbers paired into ranges where the text writes one: "4% to 5%", "2%-4%", "$865 million to
 * $875 million", "between 277 and 280 billion yuan", so a range is one stub, not two.
 */
function joinRanges(text: string, numbers: readonly WrittenNumber[]): { found: WrittenNumber; high?: WrittenNumber }[] {
  const out: { found: WrittenNumber; high?: WrittenNumber }[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const low = numbers[i]!;
    const high = numbers[i + 1];
    const between = high ? text.slice(low.index + low.text.length, high.index) : '';
    const before = text.slice(0, low.index);
    const lowValue = writtenNegative(low) ? -low.value : low.value;
    const highValue = high && (writtenNegative(high) || lowValue < 0) ? -high.value : high?.value;
    const joined =
      high !== undefined &&
      highValue !== undefined &&
      (/^\s*(?:to|-|–|—)\s*$/.test(between) || (/^\s*and\s*$/.test(between) && /\bbetween\s*$/i.test(before))) &&
      // "from 10% to 8%" is a change between two values, not a range; a range runs low to high.
      !/\bfrom\s*$/i.test(before) &&
      highValue >= lowValue;
    if (joined) {
      out.push({ found: low, high });
      i++;
    } else out.push({ found: low });
  }
  return out;
}

const yamlText = (text: string) => JSON.stringify(text);

const datePatterns: { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[1]!, m[2]!, m[3]!] },
  { pattern: new RegExp(`\\b(\\d{1,2}) (${monthPattern}) (\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[2]!, m[1]!] },
  { pattern: new RegExp(`\\b(${monthPattern}) (\\d{1,2}),? (\\d{4})\\b`, 'i'), parts: (m) => [m[3]!, m[1]!, m[2]!] },
];

/**
 * The date a source text's header gives ("published on 25 November 2025", "Nov. 25, 2025",
 * "2025-11-25"), as an ISO date, or undefined when it gives none or one that is not a day.
 */
export function headerDate(text: string): string | undefined {
  const header = sourceHeader(text);
  const found = datePatterns
    .map(({ pattern, parts }) => {
      const match = pattern.exec(header);
      return match && { index: match.index, parts: parts(match) };
    })
    .filter((m) => m !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return undefined;
  const [year, month, day] = found.parts;
  const monthIndex = /^\d+$/.test(month)
    ? Number(month) - 1
    : monthNames.findIndex((m) => m.slice(0, 3).toLowerCase() === month.slice(0, 3).toLowerCase());
  const date = new Date(Date.UTC(Number(year), monthIndex, Number(day)));
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== Number(day)) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * A new briefing's MDX for `npm run new`: a figure stub per number of the source text, each
 * marked `stub: true` so the check fails until an editor completes it; empty texts to write; the
 * source entry naming its file; and a body with one section.
 */
export function scaffoldBriefing(slug: string, sourceFile: string, sourceText: string): string {
  const date = headerDate(sourceText);
  const figures = figureStubs(sourceText).flatMap((stub, i) => [
    `  - id: figure-${i + 1}`,
    '    stub: true',
    '    label: ""',
    '    entity: subject',
    `    metric: metric-${i + 1}`,
    `    value: ${stub.value}`,
    ...(stub.to === undefined ? [] : [`    to: ${stub.to}`]),
    `    unit: ${stub.unit}`,
    ...(stub.currency ? [`    currency: ${stub.currency}`] : []),
    ...(stub.scale ? [`    scale: ${stub.scale}`] : []),
    ...(stub.per ? [`    per: ${stub.per}`] : []),
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
    date ? `    date: ${date} # read from the text's first lines: check it` : '    date: { undated: true, note: "" }',
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
