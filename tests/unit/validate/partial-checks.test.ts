import { describe, expect, test } from 'vitest';
import { formatContentIssue } from '../../../src/lib/errors/format-content-issue.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';

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
