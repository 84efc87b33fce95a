import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../../src/lib/errors/content-issue.ts';
import { validateBriefingSource, crossCheckBriefing } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource, editBriefing, loadBriefing } from '../../support/briefings.ts';
import { splitFrontmatter } from '../../../src/lib/validate/frontmatter.ts';

describe('a briefing with mistakes of several kinds', () => {
  test('gets every one of them in one run, not only the schema errors', () => {
    const text = readBriefingSource('minimal')
      .replace('    value: 8\n', '    value: "eight"\n')
      .replace('    quote: the Widget Index rose 25%', '    quote: the Widget Index fell 25%')
      .replace('<Chart id="share-gains" />\n', '<Chart id="share-gains" />\n\nShares rose 42% on <Fig id="nope" />.\n');
    expect(validateBriefingSource(text).errors.map((issue) => formatContentIssue('minimal.mdx', issue))).toEqual([
      'minimal.mdx:62 figures[3].value: expected a number, found the text "eight"',
      'minimal.mdx:47 figures[1].quote: expected the quote to contain a positive value, found "25" next to a word for a fall in "the Widget Index fell 25%": write the value as negative',
      'minimal.mdx:135 expected <Fig id> to name one of figures, found "nope"',
      'minimal.mdx:135 expected every number in the prose to come from a figure, found the bare number "42%" (add it as a figure and write <Fig id="..." />, or mark a name with <Name>...</Name>)',
    ]);
  });
});

const minimal = loadBriefing('minimal');
const body = splitFrontmatter(readBriefingSource('minimal')).body;
const messages = (briefing = minimal, text?: string) => crossCheckBriefing(briefing, text).map((i) => i.message);

describe('crossCheckBriefing', () => {
  test('passes a consistent briefing with its body', () => {
    expect(crossCheckBriefing(minimal, body)).toEqual([]);
  });

  test('leaves the body alone when given none', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sections.push({ id: 'outlook', title: 'Outlook', level: 2, aliases: [] });
    });
    expect(messages(briefing)).toEqual([]);
    expect(messages(briefing, body)).toEqual(['expected <Section id="outlook"> in the body, found none']);
  });

  test('evaluates no claim or chart while an id does not resolve, so a typo reports only the dangling ids', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[0]!.id = 'example-share-gian';
    });
    const issues = crossCheckBriefing(briefing);
    expect(issues.map((i) => i.path)).toEqual([
      ['keyFigures', 0],
      ['claims', 0, 'figure'],
      ['claims', 1, 'figure'],
      ['charts', 0, 'items', 0, 'figure'],
      ['charts', 0, 'caption'],
    ]);
    expect(new Set(issues.map((i) => i.message))).toEqual(
      new Set([
        'expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
        'expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      ]),
    );
  });

  test('checks quotes and histories even while ids do not resolve', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.subject.entity = 'nobody';
      b.figures[4]!.value = 5;
      b.figures[4]!.history = [{ value: 3, basis: 'projected', date: '2024-01-10' }];
    });
    expect(messages(briefing)).toEqual([
      'expected the id of an entity in entities, found "nobody"',
      'expected the quote to contain the value "5" or "five", found "opened four new factories last year"',
      'expected the date of the current value because the figure has a history, found nothing (the field is missing)',
    ]);
  });
});

const minimalText = readBriefingSource('minimal');
const lines = (text: string) => validateBriefingSource(text).errors.map((e) => formatContentIssue('minimal.mdx', e));

describe('validateBriefingSource', () => {
  test('returns the parsed briefing, the raw data and the body of a valid file', () => {
    const result = validateBriefingSource(minimalText);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.briefing?.subject).toEqual({ company: 'Example Corp', entity: 'example-corp', tickers: ['EXC'] });
    expect(result.briefing?.figures[1]?.precision).toBe('exact');
    expect(result.briefing?.title).toBe("Example Corp's widget rally");
    expect(result.body.trimStart().startsWith('<Section id="shares">')).toBe(true);
  });

  test('gives no briefing when there are errors', () => {
    const result = validateBriefingSource(minimalText.replace('    value: 25\n', '    value: "25"\n'));
    expect(result.briefing).toBeUndefined();
    expect(result.errors).not.toEqual([]);
  });

  test('gives a briefing when there are only warnings', () => {
    const result = validateBriefingSource(
      minimalText.replace(' The company opened <Fig id="new-factories" /> new\nfactories last year.', ''),
    );
    expect(result.warnings).toHaveLength(1);
    expect(result.briefing).toBeDefined();
  });

  test('numbers lines the same in a file with Windows line endings', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    expect(validateBriefingSource(crlf(minimalText)).errors).toEqual([]);
    expect(lines(crlf(minimalText.replace('    value: 25\n', '    value: "25"\n')))).toEqual([
      'minimal.mdx:42 figures[1].value: expected a number, found the text "25"',
    ]);
    expect(lines(crlf(minimalText.replace('<Fig id="new-factories" />', '<Fig id="nope" />')))).toEqual([
      'minimal.mdx:140 expected <Fig id> to name one of figures, found "nope"',
    ]);
  });

  test('shifts body lines by the length of the frontmatter', () => {
    const longer = minimalText
      .replace('disclaimer:', '# a comment\n# another comment\ndisclaimer:')
      .replace('<Fig id="new-factories" />', '<Fig id="nope" />');
    expect(lines(longer)).toEqual(['minimal.mdx:142 expected <Fig id> to name one of figures, found "nope"']);
  });

  test('reports each reference to a renamed figure, without claim or chart errors on top', () => {
    expect(lines(minimalText.replace('  - id: example-share-gain\n', '  - id: example-share-gian\n'))).toEqual([
      'minimal.mdx:80 keyFigures[0]: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:87 claims[0].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:93 claims[1].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:108 charts[0].items[0].figure: expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:104 charts[0].caption: expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      'minimal.mdx:130 expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
    ]);
  });
});
