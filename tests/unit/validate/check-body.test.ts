import { describe, expect, test } from 'vitest';
import { contentError, contentWarning } from '../../../src/lib/errors/content-issue.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { checkBody } from '../../../src/lib/validate/check-body.ts';
import { parseMdxBody } from '../../../src/lib/validate/find-body-references.ts';
import { splitFrontmatter } from '../../../src/lib/validate/split-frontmatter.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const body = splitFrontmatter(readBriefingSource('minimal')).body;
const check = (text: string, briefing: Briefing = minimal) =>
  checkBody(briefing, indexBriefing(briefing), parseMdxBody(text).references);

const shares = '<Section id="shares">\n\n<Fig id="index-share-gain" />\n\n<Chart id="share-gains" />\n\n</Section>';
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
    expect(check(shares.replace('index-share-gain', 'example-share-gain') + `\n\n${sales}`, briefing)).toEqual([]);
  });
});
