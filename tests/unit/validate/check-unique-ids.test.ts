import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { checkUniqueIds } from '../../../src/lib/validate/check-unique-ids.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

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
