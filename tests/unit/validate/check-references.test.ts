import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { checkUniqueIds, checkReferences } from '../../../src/lib/validate/check-references.ts';
import { editBriefing, loadBriefing, asBar } from '../../support/briefings.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';

const minimal = loadBriefing('minimal');

describe('checkUniqueIds', () => {
  test('passes a briefing whose ids are all distinct', () => {
    expect(checkUniqueIds(minimal)).toEqual([]);
  });

  test('reports a repeated id at the repeat, naming the first use', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.entities[3]!.id = 'sample-inc';
    });
    expect(checkUniqueIds(briefing)).toEqual([
      contentError(['entities', 3, 'id'], 'expected a unique id, found "sample-inc" already used by entities[1]'),
    ]);
  });

  test('lets different lists share an id', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.charts[1]!.id = 'sales-ranking';
    });
    expect(checkUniqueIds(briefing)).toEqual([]);
  });

  test("reports a section that takes one of the page's own ids", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sections[1]!.id = 'sources';
    });
    expect(checkUniqueIds(briefing)).toEqual([
      contentError(
        ['sections', 1, 'id'],
        'expected a unique section id or alias, found "sources" already used by the page itself',
      ),
    ]);
  });

  test("reports a section or alias that takes a chart's, key figure's, claim's or source's anchor", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sections[0]!.id = 'chart-share-gains-title';
      b.sections[1]!.aliases = ['figure-example-share-gain', 'claim-sales-ranking', 'source-trade-report'];
    });
    expect(checkUniqueIds(briefing).map((issue) => issue.message)).toEqual([
      'expected a unique section id or alias, found "chart-share-gains-title" already used by the anchor of charts[0]',
      'expected a unique section id or alias, found "figure-example-share-gain" already used by the anchor of keyFigures[0]',
      'expected a unique section id or alias, found "claim-sales-ranking" already used by the anchor of claims[2]',
      'expected a unique section id or alias, found "source-trade-report" already used by the anchor of sources[0]',
    ]);
  });

  test("reports an alias that repeats another section's id", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sections[1]!.aliases = ['shares'];
    });
    expect(checkUniqueIds(briefing)).toEqual([
      contentError(
        ['sections', 1, 'aliases', 0],
        'expected a unique section id or alias, found "shares" already used by sections[0]',
      ),
    ]);
  });
});

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
      asBar(b.charts[0]).items[3] = { entity: 'nobody' };
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
      asBar(b.charts[1]).highlight = 'index-share-gain';
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['charts', 1, 'highlight'],
        `expected one of the chart's items (example-sales-growth, sample-sales-growth), found "index-share-gain"`,
      ),
    ]);
  });
});
