import { describe, expect, test } from 'vitest';
import { contentError, contentWarning } from '../../../src/lib/errors/content-issue.ts';
import { checkBodySource, checkBody } from '../../../src/lib/validate/check-body.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { parseMdxBody } from '../../../src/lib/validate/body-references.ts';
import { splitFrontmatter } from '../../../src/lib/validate/frontmatter.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const known = { figures: new Set(['sales-growth']), charts: new Set(['rally']), sections: new Set(['outlook']) };

describe('checkBodySource', () => {
  test('returns the references of a valid body with no issues', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fig id="sales-growth" />.\n\n</Section>', known);
    expect(checked.issues).toEqual([]);
    expect(checked.references).toEqual([
      { component: 'Section', id: 'outlook', line: 1 },
      { component: 'Fig', id: 'sales-growth', line: 3, section: 'outlook' },
    ]);
  });

  test('reports MDX that does not parse, with no references', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fig id="sales-growth" \n\n</Section>', known);
    expect(checked).toEqual({
      issues: [
        contentError(
          [],
          'expected valid MDX, found a syntax error: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
          3,
        ),
      ],
    });
  });

  test('names the briefing component a misspelt one was probably meant to be', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fgi id="sales-growth" />.\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError(
        [],
        'expected one of the components <Fig>, <Chart>, <Section>, <Name>, found <Fgi> (did you mean <Fig>?)',
        3,
      ),
    ]);
  });

  test('reports prose outside any section', () => {
    const checked = checkBodySource('An opening line.\n\n<Section id="outlook">\n\nText.\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError([], 'expected all prose inside a <Section id="..."> block, found content outside any section', 1),
    ]);
  });

  test('reports an id the frontmatter does not define', () => {
    const checked = checkBodySource('<Section id="outlook">\n\n<Chart id="raly" />\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError([], 'expected <Chart id> to name one of charts, found "raly" (did you mean "rally"?)', 3),
    ]);
  });
});

const minimal = loadBriefing('minimal');
const body = splitFrontmatter(readBriefingSource('minimal')).body;
const check = (text: string, briefing: Briefing = minimal) =>
  checkBody(briefing, indexBriefing(briefing), parseMdxBody(text).references);

const shares = '<Section id="shares">\n\n<Fig id="example-share-gain" />\n\n<Chart id="share-gains" />\n\n</Section>';
const sales = '<Section id="sales">\n\n<Fig id="new-factories" />\n\n<Chart id="sales-growth" />\n\n</Section>';

describe('checkBody', () => {
  test("passes the fixture's body", () => {
    expect(check(body)).toEqual([]);
  });

  test('reports a section or chart the body never places, at its id in the frontmatter', () => {
    expect(check(shares)).toEqual([
      contentError(['sections', 1, 'id'], 'expected <Section id="sales"> in the body, found none'),
      contentError(['charts', 1, 'id'], 'expected <Chart id="sales-growth"> in the body, found none'),
      contentWarning(
        ['figures', 4, 'id'],
        'figure "new-factories" is defined but never shown (not in the prose, key figures or a chart)',
      ),
    ]);
  });

  test('reports a chart placed twice at the line of the repeat', () => {
    expect(check(`${shares}\n\n${sales}\n\n<Chart id="share-gains" />`)).toEqual([
      contentError([], 'expected <Chart id="share-gains"> once, found it again', 17),
    ]);
  });

  test('reports sections out of frontmatter order at the first one out of place', () => {
    expect(check(`${sales}\n\n${shares}`)).toEqual([
      contentError(
        [],
        `expected sections in the order of the frontmatter's sections list (shares, sales), found <Section id="sales"> at position 1`,
        1,
      ),
    ]);
  });

  test('counts a figure as shown when it is a key figure or on a chart, even if the prose never cites it', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.keyFigures.push('new-factories');
    });
    expect(check(`${shares}\n\n${sales}`, briefing)).toEqual([]);
  });

  test("warns when a chart emphasises a figure its section's prose does not cite, naming those it does", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.keyFigures.push('example-share-gain');
    });
    expect(check(`${shares.replace('example-share-gain', 'index-share-gain')}\n\n${sales}`, briefing)).toEqual([
      contentWarning(
        ['charts', 0, 'highlight'],
        'expected the chart to emphasise a figure its section "shares" cites ("index-share-gain"), found "example-share-gain", which that section\'s prose does not mention',
      ),
    ]);
  });

  test("leaves the emphasis to the author when the section cites none of the chart's figures", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.keyFigures.push('example-share-gain');
    });
    const noCitation = shares.replace('<Fig id="example-share-gain" />', 'Shares rose.');
    expect(check(`${noCitation}\n\n${sales}`, briefing)).toEqual([]);
  });
});
