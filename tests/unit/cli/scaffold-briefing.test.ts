import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { figureStubs, headerDate, scaffoldBriefing } from '../../../src/cli/scaffold-briefing.ts';
import { folderSourceTexts } from '../../../src/lib/collection/source-texts.ts';
import { formatContentIssue } from '../../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';

const folder = fileURLToPath(new URL('../../fixtures/sources', import.meta.url));
const sourceText = readFileSync(`${folder}/trade-report.txt`, 'utf8');
const sourceTexts = folderSourceTexts(folder, process.cwd());
const scaffold = scaffoldBriefing('widget-report', 'trade-report.txt', sourceText);
const check = (text: string) => validateBriefingSource(text, { sourceTexts });

/** What an editor does: write the texts, name the subject, label and date each figure, drop the stub marks. */
function complete(text: string): string {
  let figure = 0;
  return text
    .replace(/^# .*\n/gm, '')
    .replace(/^ {4}stub: true\n/gm, '')
    .replace(/^ {4}label: ""$/gm, () => `    label: Widget figure ${['one', 'two', 'three', 'four', 'five'][figure++]}`)
    .replace(/^ {4}period: ""$/gm, '    period: This year')
    .replace(/date: \{ undated: true, note: "" \}/, 'date: 2024-03-01')
    .replace(/name: ""/, 'name: Example Corp')
    .replace('published: ""', 'published: 2024-03-02')
    .replace(/(title|summary|company|asOf|disclaimer): ""/g, '$1: Written from a fictional trade report')
    .replace('\n\n</Section>', '\nWidget makers had a strong year.\n\n</Section>');
}

describe('figureStubs', () => {
  test('guesses value, unit, precision, basis and the shortest quote for every number but dates', () => {
    expect(figureStubs(sourceText)).toEqual([
      { value: 40, unit: 'percent', precision: 'more-than', basis: 'reported', quote: 'gained more than 40% this' },
      { value: 25, unit: 'percent', precision: 'exact', basis: 'reported', quote: 'rose 25% over' },
      { value: 12.5, unit: 'percent', precision: 'exact', basis: 'projected', quote: 'grow 12.5% next' },
      { value: 8, unit: 'percent', precision: 'exact', basis: 'projected', quote: 'manage 8%' },
      { value: 3200, unit: 'count', precision: 'exact', basis: 'reported', quote: 'employs 3,200 people' },
    ]);
  });

  test('guesses each precision from the phrases of the one precision table, keeping the phrase in the quote', () => {
    const stubs = figureStubs('Nearly 80% agreed. As much as 11% sold. At least 5 left. About 7 stayed.');
    expect(stubs.map((s) => [s.precision, s.quote])).toEqual([
      ['nearly', 'Nearly 80% agreed'],
      ['up-to', 'As much as 11% sold'],
      ['at-least', 'At least 5 left'],
      ['about', 'About 7 stayed'],
    ]);
  });

  test('guesses currencies, multiples and months from the sign or the word after the number, and stubs no year', () => {
    const stubs = figureStubs('It earned $4.2 and 30 billion yuan, at 12 times earnings, a 4 month high since 2023.');
    expect(stubs.map((s) => [s.unit, s.currency])).toEqual([
      ['currency', 'USD'],
      ['currency', 'CNY'],
      ['multiple', undefined],
      ['months', undefined],
    ]);
  });
});

describe('scaffoldBriefing', () => {
  test('writes a figure stub per number with the source entry, and a body with one section', () => {
    expect(scaffold).toContain('    file: trade-report.txt\n');
    expect(scaffold.match(/^ {4}stub: true$/gm)).toHaveLength(5);
    expect(scaffold).toContain('    quote: "employs 3,200 people"\n');
    expect(scaffold).toMatch(/\n---\n\n<Section id="widget-report">\n\n<\/Section>\n$/);
  });

  test('fails the check until each figure is completed, saying what to complete', () => {
    const errors = check(scaffold).errors.map((issue) => formatContentIssue('new.mdx', issue));
    expect(errors.filter((e) => e.includes('stub'))).toEqual(
      [24, 36, 48, 60, 72].map(
        (line, i) =>
          `new.mdx:${line} figures[${i}].stub: expected a completed figure without "stub: true" (check the guessed label, entity, metric, unit, precision, period and basis against the quote, then delete that line), found true`,
      ),
    );
    expect(errors).toContain('new.mdx:4 title: expected non-empty text, found the text ""');
  });

  test('passes the check, quotes and all, once an editor has completed it', () => {
    const result = check(complete(scaffold));
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.message)).toEqual(
      Array.from(
        { length: 5 },
        (_, i) => `figure "figure-${i + 1}" is defined but never shown (not in the prose, key figures or a chart)`,
      ),
    );
  });

  test('fails again when one stub is left in', () => {
    const oneLeft = complete(scaffold).replace('  - id: figure-3\n', '  - id: figure-3\n    stub: true\n');
    expect(check(oneLeft).errors.map((e) => e.path.join('.'))).toEqual(['figures.2.stub']);
  });
});

describe('figureStubs on the wording of real reports', () => {
  const stub = (text: string) => figureStubs(text).map(({ value, unit, per, basis }) => ({ value, unit, per, basis }));

  test('quotes a unit of two words whole, so the quote holds the figure as the check reads it', () => {
    expect(figureStubs('Net profit rose 5.2 per cent.').map((s) => [s.value, s.unit, s.quote])).toEqual([
      [5.2, 'percent', 'rose 5.2 per cent'],
    ]);
    expect(figureStubs('The margin widened 40 basis points.')[0]?.quote).toBe('widened 40 basis points');
  });

  test('gives falls and losses negative values', () => {
    expect(stub('Net profit fell 52% from a year earlier.')).toEqual([
      { value: -52, unit: 'percent', per: undefined, basis: 'reported' },
    ]);
    expect(stub('It reported a loss of $5 million.')[0]?.value).toBe(-5);
  });

  test('puts earnings, dividends and share prices per share', () => {
    expect(stub('It earned $1.76 a share.')[0]?.per).toBe('share');
    expect(stub('Adjusted earnings per share came to $2.32.')[0]?.per).toBe('share');
    expect(stub('The board declared a dividend of $0.50.')[0]?.per).toBe('share');
    expect(stub('Revenue was $4.3 billion.')[0]?.per).toBeUndefined();
  });

  test("takes analysts' figures as estimates, the company's as projections, and a price as reported", () => {
    expect(stub('Analysts had expected 37.7 billion yuan.')[0]?.basis).toBe('estimate');
    expect(stub('The consensus was $2.10.')[0]?.basis).toBe('estimate');
    expect(stub('The company now expects growth of 4%.')[0]?.basis).toBe('projected');
    expect(stub('The shares closed at $94.34 on Friday.')[0]).toEqual({
      value: 94.34,
      unit: 'currency',
      per: 'share',
      basis: 'reported',
    });
  });
});

describe('figureStubs on ranges', () => {
  const ranges = (text: string) => figureStubs(text).map(({ value, to, quote }) => ({ value, to, quote }));

  test('keeps a range written with "to", a hyphen or "between … and" as one stub with both ends', () => {
    expect(ranges('It expects revenue to grow 4% to 5% this year.')).toEqual([
      { value: 4, to: 5, quote: 'grow 4% to 5% this' },
    ]);
    expect(ranges('It sees growth of 2%-4%.')).toEqual([{ value: 2, to: 4, quote: 'of 2%-4%' }]);
    expect(ranges('Sales of between 277 and 280 billion yuan.')[0]).toMatchObject({ value: 277, to: 280 });
    expect(ranges('It expects a loss of $2.93 to $2.78 per share.')[0]).toMatchObject({ value: -2.93, to: -2.78 });
  });

  test('leaves a change from one value to another as two stubs', () => {
    expect(ranges('The margin fell from 10% to 8% in a year.').map((s) => s.to)).toEqual([undefined, undefined]);
  });
});

describe('headerDate', () => {
  test("reads the source's date from its first lines, however the header writes it", () => {
    const header = (line: string) => `Alibaba results\n${line}\n\nRevenue rose 5% in 2024.\n`;
    expect(headerDate(header('From news reports published on 20 and 21 February 2025.'))).toBe('2025-02-21');
    expect(headerDate(header('Nov. 25, 2025'))).toBe('2025-11-25');
    expect(headerDate(header('September 3 2025'))).toBe('2025-09-03');
    expect(headerDate(header('2025-11-25'))).toBe('2025-11-25');
  });

  test('gives none for a text without a header, or a day that does not exist', () => {
    expect(headerDate('A single paragraph, published on 25 November 2025, with no header.')).toBeUndefined();
    expect(headerDate('Title\n31 February 2025\n\nBody\n')).toBeUndefined();
  });

  test('dates the source entry of a new briefing, for the editor to check', () => {
    const dated = scaffoldBriefing('q3', 'q3.txt', 'Acme Q3\nPublished 25 November 2025\n\nSales rose 5%.\n');
    expect(dated).toContain("    date: 2025-11-25 # read from the text's first lines: check it\n");
    const undated = scaffoldBriefing('q3', 'q3.txt', 'Acme Q3\n\nSales rose 5%.\n');
    expect(undated).toContain('    date: { undated: true, note: "" }\n');
  });
});
