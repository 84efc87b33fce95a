import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { checkClaims } from '../../../src/lib/validate/check-claims.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';
import { sampleShareGain } from '../../support/sample-share-gain.ts';

const minimal = loadBriefing('minimal');
const check = (briefing: Briefing) => checkClaims(briefing, indexBriefing(briefing));

describe('checkClaims', () => {
  test('passes claims that hold on the current figures', () => {
    expect(check(minimal)).toEqual([]);
  });

  test('names the claim, its statement and the values that broke it', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[1]!.value = 50;
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 0],
        `claim shares-beat-index ("Example Corp's shares outpaced the Widget Index.") does not hold: Example Corp share gain more than 40% is not certainly above Widget Index gain 50%`,
      ),
    ]);
  });

  test('lists every failed step of a ranking, and only those', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures.push({
        ...b.figures[3]!,
        id: 'demo-sales-growth',
        label: 'Demo Ltd sales growth',
        entity: 'demo-ltd',
        value: 10,
      });
      b.claims[2] = {
        id: 'sales-ranking',
        kind: 'ranking',
        statement: 'Sales growth, fastest first.',
        order: ['example-sales-growth', 'sample-sales-growth', 'demo-sales-growth'],
      };
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 2],
        'claim sales-ranking ("Sales growth, fastest first.") does not hold: Sample Inc sales growth 8% (projected) is not above Demo Ltd sales growth 10% (projected)',
      ),
    ]);
  });

  test('reports a compare claim across units instead of evaluating it', () => {
    const briefing = editBriefing(minimal, (b) => {
      const claim = b.claims[0]!;
      if (claim.kind === 'compare') claim.than = 'new-factories';
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 0, 'than'],
        'expected a figure comparable with "example-share-gain" (percent), found "new-factories" (a count): the units differ',
      ),
    ]);
  });

  test('reports a ranking that lists a figure twice', () => {
    const briefing = editBriefing(minimal, (b) => {
      const claim = b.claims[2]!;
      if (claim.kind === 'ranking') claim.order.push('example-sales-growth');
    });
    expect(check(briefing)).toEqual([
      contentError(['claims', 2, 'order', 2], 'expected each figure once, found "example-sales-growth" again'),
    ]);
  });

  test('reports a leads or outranks claim that puts its own entity among the ones it beats', () => {
    const briefing = editBriefing(minimal, (b) => {
      const claim = b.claims[1]!;
      if (claim.kind === 'leads') claim.over.push('example-corp');
      b.claims.push({
        id: 'top-seller',
        kind: 'outranks',
        statement: 'Example Corp sells the most widgets.',
        entity: 'example-corp',
        metric: 'widgets-sold',
        over: ['example-corp'],
      });
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 1, 'over', 2],
        `expected an entity other than the leading figure's own, found "example-corp"`,
      ),
      contentError(['claims', 3, 'over', 0], 'expected an entity other than the leading entity, found "example-corp"'),
    ]);
  });

  test("reports a leads claim whose rival's figure for the period cannot be compared with the leader", () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures.push(
        sampleShareGain(b, 2.5, {
          unit: 'currency',
          currency: 'USD',
          scale: 'billion',
          quote: 'Sample Inc gained $2.5 billion in value',
        }),
      );
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['claims', 1, 'over', 0],
        'expected a figure comparable with "example-share-gain" (percent), found "sample-share-gain" (USD amount): the units differ',
      ),
    ]);
  });
});
