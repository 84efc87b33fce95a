import { editDistance } from '../errors/wording.ts';
import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, contentWarning, type ContentIssue } from '../errors/content-issue.ts';
import { findBareNumbers } from './find-bare-numbers.ts';
import { normaliseQuoteText } from './quotes.ts';
import { revisionValue } from '../model/format-figure.ts';
import type { FigureValue } from '../model/measures.ts';

/**
 * The run of words in `text` most like `quote` (by edit distance, over windows of the quote's
 * length in words, one word either way), for an error that shows what the source says instead.
 */
export function nearestPassage(text: string, quote: string): string {
  const words = text.split(' ');
  const length = quote.split(' ').length;
  let best = '';
  let bestDistance = Infinity;
  for (let start = 0; start < words.length; start++) {
    for (const size of [length - 1, length, length + 1]) {
      if (size < 1 || start + size > words.length) continue;
      const passage = words.slice(start, start + size).join(' ');
      const d = editDistance(passage, quote);
      if (d < bestDistance) [best, bestDistance] = [passage, d];
    }
  }
  return best;
}

/** The folder of source texts a check was pointed at. */
export interface SourceTexts {
  /** The folder as given, for messages. */
  folder: string;
  /** The text of a file in the folder, or why it cannot be read ("no such file or folder"). */
  read(file: string): string | { failure: string };
}

/** A few words either side of `index`, on one line, for a warning that shows where a number sits. */
function context(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  // Words cut by the window are dropped; the text's own start and end are kept.
  const before = start > 0 ? `…${text.slice(start, index).replace(/^\S*\s/, '')}` : text.slice(0, index);
  const after =
    end < text.length ? `${text.slice(index + length, end).replace(/\s\S*$/, '')}…` : text.slice(index + length);
  return `${before}${text.slice(index, index + length)}${after}`;
}

/**
 * A source text's header: its first lines up to a blank line, when there are at most three of
 * them (a title, an address, a date), or nothing. Its digits are not numbers of the report, and
 * `npm run new` reads the source's date from it.
 */
export function sourceHeader(raw: string): string {
  return /^((?:[^\n]*\S[^\n]*\n){1,3})[ \t]*\n/.exec(raw)?.[1] ?? '';
}

/** The header's length in normalised text, where the report's own numbers start. */
const headerLength = (raw: string): number => normaliseQuoteText(sourceHeader(raw)).length;

/**
 * With the source texts at hand: every figure's quote appears verbatim in its source's text
 * (after normalising white space and quote marks), and every number the text gives, its header
 * aside, is captured by a figure quoting it where it stands, or listed as a warning. A source without
 * a text file, or whose file is not in the folder, is a warning.
 */
export function checkSourceTexts(briefing: Briefing, texts: SourceTexts): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const names = briefing.entities.map((e) => e.name);
  briefing.sources.forEach((source, i) => {
    if (!source.file) {
      issues.push(
        contentWarning(
          ['sources', i, 'id'],
          `expected file: naming the source's text in ${texts.folder}, found none, so its quotes were not checked against it`,
        ),
      );
      return;
    }
    const raw = texts.read(source.file);
    if (typeof raw !== 'string') {
      const found =
        raw.failure === 'no such file or folder' ? 'no such file' : `a file that cannot be read (${raw.failure})`;
      issues.push(
        contentWarning(
          ['sources', i, 'file'],
          `expected the source text "${source.file}" in ${texts.folder}, found ${found}, so its quotes were not checked against it`,
        ),
      );
      return;
    }
    const text = normaliseQuoteText(raw);
    const header = headerLength(raw);
    // Each value quoted from this source: figures' current values and their earlier ones.
    const quoted = briefing.figures.flatMap((figure, f) => [
      ...(figure.source === source.id
        ? [{ value: figure as FigureValue, quote: figure.quote, path: ['figures', f, 'quote'] }]
        : []),
      ...figure.history.flatMap((revision, r) =>
        (revision.source ?? figure.source) === source.id
          ? [
              {
                value: revisionValue(figure, revision),
                quote: revision.quote,
                path: ['figures', f, 'history', r, 'quote'],
              },
            ]
          : [],
      ),
    ]);
    const spans: [number, number][] = [];
    for (const item of quoted) {
      if (!item.quote) continue;
      const quote = normaliseQuoteText(item.quote);
      let at = text.indexOf(quote);
      if (at < 0)
        issues.push(
          contentError(
            item.path,
            `expected the quote to appear in the source text "${source.file}", found "${item.quote}"; the nearest passage reads "${nearestPassage(text, quote)}"`,
          ),
        );
      for (; at >= 0; at = text.indexOf(quote, at + 1)) spans.push([at, at + quote.length]);
    }
    // A number is covered by a figure that quotes it where it stands: another figure with the
    // same value elsewhere does not cover it (two margins of 42% are not one growth of 42%).
    for (const found of findBareNumbers(text, names)) {
      if (found.index < header) continue;
      const inQuote = spans.some(([start, end]) => found.index >= start && found.index < end);
      const left = source.leavesOut?.includes(found.text) ?? false;
      if (!inQuote && !left)
        issues.push(
          contentWarning(
            ['sources', i, 'file'],
            `the source text gives ${found.text} in "${context(text, found.index, found.text.length)}", which no figure captures`,
          ),
        );
    }
  });
  return issues;
}
