import { describe, expect, test } from 'vitest';
import { checkSourceTexts, type SourceTexts, nearestPassage } from '../../../src/lib/validate/check-source-texts.ts';
import { normaliseQuoteText } from '../../../src/lib/validate/quotes.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const withFile = { ...minimal, sources: minimal.sources.map((s) => ({ ...s, file: 'trade.txt' })) };
const texts = (files: Record<string, string>): SourceTexts => ({
  folder: 'sources',
  read: (file) => files[file] ?? { failure: 'no such file or folder' },
});
const report = [
  'Example Corp’s shares have gained more than 40% this year; the Widget Index rose 25%.',
  'Its sales are expected to grow 12.5% next\nyear, while Sample Inc is forecast to manage 8%.',
  'It opened four new factories last year.',
].join(' ');
const lines = (briefing: typeof minimal, files: Record<string, string>) =>
  checkSourceTexts(briefing, texts(files)).map((i) => `${i.severity} ${i.path.join('.')}: ${i.message}`);

describe('checkSourceTexts', () => {
  test('accepts quotes found verbatim across line breaks and quote marks, with every number captured', () => {
    expect(lines(withFile, { 'trade.txt': report })).toEqual([]);
  });

  test('warns about a source that names no text file', () => {
    expect(lines(minimal, {})).toEqual([
      "warning sources.0.id: expected file: naming the source's text in sources, found none, so its quotes were not checked against it",
    ]);
  });

  test('warns about a text file missing from the folder', () => {
    expect(lines(withFile, {})).toEqual([
      'warning sources.0.file: expected the source text "trade.txt" in sources, found no such file, so its quotes were not checked against it',
    ]);
  });

  test('lists each number of the text that no figure captures, with its context, dates and years aside', () => {
    const longer = `${report} Its workforce reached 3,200 people across 12 plants, up from 2,900 in March 2023 and in 2021.`;
    expect(lines(withFile, { 'trade.txt': longer })).toEqual([
      'warning sources.0.file: the source text gives 3,200 in "…last year. Its workforce reached 3,200 people across 12 plants, up from 2,900…", which no figure captures',
      'warning sources.0.file: the source text gives 12 in "…workforce reached 3,200 people across 12 plants, up from 2,900 in March 2023…", which no figure captures',
      'warning sources.0.file: the source text gives 2,900 in "…3,200 people across 12 plants, up from 2,900 in March 2023 and in 2021.", which no figure captures',
    ]);
  });

  test('leaves out the numbers a source lists under leavesOut, as the text writes them', () => {
    const leaving = { ...withFile, sources: withFile.sources.map((s) => ({ ...s, leavesOut: ['3,200'] })) };
    expect(lines(leaving, { 'trade.txt': `${report} It employs 3,200 people in 12 plants.` })).toEqual([
      'warning sources.0.file: the source text gives 12 in "…last year. It employs 3,200 people in 12 plants.", which no figure captures',
    ]);
  });

  test('counts an earlier value quoted from the source as captured, and checks its quote', () => {
    const revised = {
      ...withFile,
      figures: withFile.figures.map((f, i) =>
        i === 1
          ? {
              ...f,
              history: [{ value: 20, basis: 'projected' as const, date: '2024-01-01', quote: 'expected 20% at most' }],
            }
          : f,
      ),
    };
    expect(lines(revised, { 'trade.txt': `${report} It had been expected 20% at most.` })).toEqual([]);
    expect(lines(revised, { 'trade.txt': `${report} It had been expected 20% or less.` })).toEqual([
      'error figures.1.history.0.quote: expected the quote to appear in the source text "trade.txt", found "expected 20% at most"; the nearest passage reads "expected 20% or"',
      // Not found where the figure says, the number is not captured either.
      'warning sources.0.file: the source text gives 20% in "…last year. It had been expected 20% or less.", which no figure captures',
    ]);
  });

  test('counts a number as captured only where a figure quotes it, not wherever its value recurs', () => {
    expect(lines(withFile, { 'trade.txt': `${report} Its margin was 25%, and 40% in the spring.` })).toEqual([
      'warning sources.0.file: the source text gives 25% in "…factories last year. Its margin was 25%, and 40% in the spring.", which no figure captures',
      'warning sources.0.file: the source text gives 40% in "…last year. Its margin was 25%, and 40% in the spring.", which no figure captures',
    ]);
  });

  test("leaves out the numbers of the text's header: its title, address and date", () => {
    const headed = `Widget makers in 2024: report no. 7\nhttps://example.com/2024/03/01/widgets\n\n${report}`;
    expect(lines(withFile, { 'trade.txt': headed })).toEqual([]);
    expect(lines(withFile, { 'trade.txt': `${report}\n\nPage 7 of 9.` })).toEqual([
      'warning sources.0.file: the source text gives 7 in "…four new factories last year. Page 7 of 9.", which no figure captures',
      'warning sources.0.file: the source text gives 9 in "…new factories last year. Page 7 of 9.", which no figure captures',
    ]);
  });

  test('reports a quote missing from the text with the nearest passage', () => {
    expect(lines(withFile, { 'trade.txt': report.replace('rose 25%', 'climbed 25%') })).toEqual([
      'error figures.1.quote: expected the quote to appear in the source text "trade.txt", found "the Widget Index rose 25%"; the nearest passage reads "the Widget Index climbed 25%."',
      'warning sources.0.file: the source text gives 25% in "…this year; the Widget Index climbed 25%. Its sales are expected to grow 12.5%…", which no figure captures',
    ]);
  });
});

describe('normaliseQuoteText', () => {
  test('makes typographic quotes plain and white space single', () => {
    expect(normaliseQuoteText('  “Alibaba’s\n\t‘cloud’”  ')).toBe(`"Alibaba's 'cloud'"`);
  });
});

describe('nearestPassage', () => {
  test('finds the run of words closest to the quote', () => {
    expect(nearestPassage('shares rose 25% in the year to March', 'shares grew 25% in the year')).toBe(
      'shares rose 25% in the year',
    );
  });

  test('returns nothing for an empty text', () => {
    expect(nearestPassage('', 'a quote')).toBe('');
  });
});
