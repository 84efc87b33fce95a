import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { checkReferences } from '../../../src/lib/validate/check-references.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const check = (briefing: Briefing) => checkReferences(briefing, indexBriefing(briefing));

describe('checkReferences', () => {
  test('passes a briefing whose every id resolves', () => {
    expect(check(minimal)).toEqual([]);
  });

  test('suggests the nearest id for a likely typo', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[1]!.source = 'trade-reprot';
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['figures', 1, 'source'],
        'expected the id of a source in sources, found "trade-reprot" (did you mean "trade-report"?)',
      ),
    ]);
  });

  test("follows every kind of reference: subject, parent, key figures, each claim's ids, chart items", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.subject.entity = 'nobody';
      b.entities[1]!.parent = 'nobody';
      b.keyFigures[1] = 'nothing';
      b.claims.push(
        { id: 'a', kind: 'compare', statement: 's', figure: 'nothing', is: 'above', than: 'index-share-gain' },
        { id: 'b', kind: 'ranking', statement: 's', order: ['index-share-gain', 'nothing'] },
        { id: 'c', kind: 'outranks', statement: 's', entity: 'nobody', metric: 'share-gain', over: ['sample-inc'] },
      );
      b.charts[0]!.items[3] = { entity: 'nobody' };
    });
    expect(check(briefing).map((issue) => issue.path)).toEqual([
      ['subject', 'entity'],
      ['entities', 1, 'parent'],
      ['keyFigures', 1],
      ['claims', 3, 'figure'],
      ['claims', 4, 'order', 1],
      ['claims', 5, 'entity'],
      ['charts', 0, 'items', 3, 'entity'],
    ]);
  });

  test('reports a compare claim that compares a figure with itself', () => {
    const briefing = editBriefing(minimal, (b) => {
      const claim = b.claims[0]!;
      if (claim.kind === 'compare') claim.than = claim.figure;
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 0, 'than'],
        'expected a different figure from "figure", found "example-share-gain" on both sides',
      ),
    ]);
  });

  test("reports a highlight that is not one of the chart's items", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.charts[1]!.highlight = 'index-share-gain';
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['charts', 1, 'highlight'],
        `expected one of the chart's items (example-sales-growth, sample-sales-growth), found "index-share-gain"`,
      ),
    ]);
  });
});
