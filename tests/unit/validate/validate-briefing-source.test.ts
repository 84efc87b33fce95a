import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../../src/lib/errors/format-content-issue.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const minimal = readBriefingSource('minimal');
const lines = (text: string) => validateBriefingSource(text).errors.map((e) => formatContentIssue('minimal.mdx', e));

describe('validateBriefingSource', () => {
  test('returns the parsed briefing, the raw data and the body of a valid file', () => {
    const result = validateBriefingSource(minimal);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.briefing?.subject).toEqual({ company: 'Example Corp', entity: 'example-corp', tickers: ['EXC'] });
    expect(result.briefing?.figures[1]?.precision).toBe('exact');
    expect((result.data as { title: string }).title).toBe("Example Corp's widget rally");
    expect(result.body.trimStart().startsWith('<Section id="shares">')).toBe(true);
  });

  test('gives no briefing when there are errors, but still the raw data', () => {
    const result = validateBriefingSource(minimal.replace('    value: 25\n', '    value: "25"\n'));
    expect(result.briefing).toBeUndefined();
    expect(result.data).toMatchObject({ title: "Example Corp's widget rally" });
  });

  test('gives a briefing when there are only warnings', () => {
    const result = validateBriefingSource(
      minimal.replace(' The company opened <Fig id="new-factories" /> new\nfactories last year.', ''),
    );
    expect(result.warnings).toHaveLength(1);
    expect(result.briefing).toBeDefined();
  });

  test('numbers lines the same in a file with Windows line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(validateBriefingSource(crlf(minimal)).errors).toEqual([]);
    expect(lines(crlf(minimal.replace('    value: 25\n', '    value: "25"\n')))).toEqual([
      'minimal.mdx:42 figures[1].value: expected a number, found the text "25"',
    ]);
    expect(lines(crlf(minimal.replace('<Fig id="new-factories" />', '<Fig id="nope" />')))).toEqual([
      'minimal.mdx:140 expected <Fig id> to name one of figures, found "nope"',
    ]);
  });

  test('shifts body lines by the length of the frontmatter', () => {
    const longer = minimal
      .replace('disclaimer:', '# a comment\n# another comment\ndisclaimer:')
      .replace('<Fig id="new-factories" />', '<Fig id="nope" />');
    expect(lines(longer)).toEqual(['minimal.mdx:142 expected <Fig id> to name one of figures, found "nope"']);
  });

  test('reports each reference to a renamed figure, without claim or chart errors on top', () => {
    expect(lines(minimal.replace('  - id: example-share-gain\n', '  - id: example-share-gian\n'))).toEqual([
      'minimal.mdx:80 keyFigures[0]: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:87 claims[0].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:93 claims[1].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:108 charts[0].items[0].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:104 charts[0].caption: expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:130 expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
    ]);
  });
});
