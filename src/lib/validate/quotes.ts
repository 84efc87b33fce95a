import type { Scale } from '../../schemas/figure.ts';
import { precisionTable, type Precision } from '../../schemas/precision.ts';
import type { FigureValue } from '../model/measures.ts';
import { matchQuote } from '../model/quote-match.ts';
import { fractionWord, numberWords, writtenNumbers, type WrittenUnit } from '../model/written-numbers.ts';
import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { revisionValue } from '../model/format-figure.ts';

/**
 * Text as compared for quotes: typographic quotes and apostrophes made plain, and every run of
 * white space one space, so a quote matches whatever line breaks and quote marks the source used.
 */
export function normaliseQuoteText(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 10 });

/** The ways a source may write a number: "4.2", "1,200", "four", "13.7 billion". */
export function numberSpellings(value: number, scale?: Scale): string[] {
  const plain = String(value);
  const spellings = new Set([plain, grouped.format(value)]);
  if (Number.isInteger(value) && value >= 0 && value < numberWords.length) spellings.add(numberWords[value]!);
  return [...spellings].map((s) => (scale ? `${s} ${scale}` : s));
}

/** True when `text` contains `value` as a whole number (so 25 is not found inside 125 or 2.55). */
export function containsNumber(text: string, value: number): boolean {
  return writtenNumbers(text).some((n) => !n.fraction && !n.cents && n.value === Math.abs(value));
}

/** A figure's unit as an error names it: "percent", "an amount in CNY". */
function unitWords(figure: FigureValue): string {
  return figure.unit === 'currency' ? `an amount in ${figure.currency}` : figure.unit;
}

const writtenUnitWords: Record<WrittenUnit, string> = {
  percent: 'percent',
  points: 'points',
  'basis-points': 'basis points',
  multiple: 'a multiple',
  currency: 'an amount',
};

/** A value as an error asks for it: `"6" or "six"`, `"13.7 billion"`, `"a third"`. */
function wanted(value: number, figure: FigureValue): string {
  const size = Math.abs(value);
  const spellings =
    figure.unit === 'fraction' ? [fractionWord(size) ?? String(size)] : numberSpellings(size, figure.scale);
  return spellings.map((s) => `"${s}"`).join(' or ');
}

/**
 * Why a quote does not hold its figure's value, as an error message that says how to write what
 * it could not match; undefined when it does hold it.
 */
export function quoteProblem(figure: FigureValue & { quote: string }): string | undefined {
  const match = matchQuote(figure);
  if (match.found) return undefined;
  const found = `found "${figure.quote}"`;
  const written = match.written ? `"${match.written.text}"` : '';
  switch (match.problem) {
    case 'missing': {
      const ends = figure.to === undefined ? [figure.value] : [figure.value, figure.to];
      const what = ends.map((end) => wanted(end, figure)).join(' and ');
      const sign = ends.some((end) => end < 0)
        ? ' with a minus sign or a word for a fall (such as "down" or "fell")'
        : '';
      return `expected the quote to contain the ${ends.length > 1 ? 'values' : 'value'} ${what}${sign}, ${found}`;
    }
    case 'scale':
      return match.written!.scale
        ? `expected the quote to contain the value with scale ${figure.scale ?? 'none'}, found it written ${written} (scale ${match.written!.scale}): set scale: ${match.written!.scale}`
        : `expected the quote to contain the value with scale ${figure.scale}, found it written ${written} with no scale: remove scale, or quote the words that give it`;
    case 'unit':
      return `expected the quote to contain the value as ${unitWords(figure)}, found it written ${written}${match.written!.unit ? ` (${writtenUnitWords[match.written!.unit]}${match.written!.currencies ? `: ${match.written!.currencies.join(' or ')}` : ''})` : ''} in "${figure.quote}": quote the words that give the figure's own number, or correct its unit`;
    case 'precision': {
      const stated = match.written!.precision;
      const wording = (p: Precision) =>
        p === 'exact' ? 'no precision phrase (exact)' : `"${precisionTable[p].wording}" (${p})`;
      return `expected the quote to state the value with ${wording(figure.precision)}, found ${written} with ${wording(stated)} in "${figure.quote}": set precision: ${stated}`;
    }
    case 'fall':
      return `expected the quote to show the fall with a minus sign or a word for a fall next to the number (such as "down", "fell", "drop", "shed" or "lost"), found ${written} without one in "${figure.quote}": quote the words that say it fell, or make the value positive`;
    case 'rise':
      return match.written!.minus
        ? `expected the quote to contain a positive value, found ${written} with a minus sign in "${figure.quote}": write the value as negative`
        : `expected the quote to contain a positive value, found ${written} next to a word for a fall in "${figure.quote}": write the value as negative`;
  }
}

/**
 * True when `text` writes the figure's value as the figure is written (number, unit and scale); a
 * sign or a precision phrase the text leaves out counts, since the number itself is the figure's.
 */
export function writesValue(text: string, figure: FigureValue): boolean {
  const match = matchQuote({ ...figure, quote: text });
  return match.found || match.problem === 'fall' || match.problem === 'rise' || match.problem === 'precision';
}

/**
 * Each figure's quote contains its value as the source wrote it (number, sign and scale), and so
 * does each quoted earlier value in its history, so every number traces to the text.
 */
export function checkQuotes(briefing: Pick<Briefing, 'figures'>): ContentIssue[] {
  return briefing.figures.flatMap((figure, i) => {
    // A derived figure's quote, when it has one, is checked against the computed value (apply-derived-figures.ts).
    const problems =
      figure.quote === undefined || figure.derived
        ? []
        : [{ path: ['figures', i, 'quote'], problem: quoteProblem({ ...figure, quote: figure.quote }) }];
    figure.history.forEach((revision, j) => {
      if (revision.quote)
        problems.push({
          path: ['figures', i, 'history', j, 'quote'],
          problem: quoteProblem({ ...revisionValue(figure, revision), quote: revision.quote }),
        });
    });
    return problems.flatMap(({ path, problem }) => (problem ? [contentError(path, problem)] : []));
  });
}
