import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { placingClaim } from '../../../src/lib/model/placing-claim.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const [shareGains, salesGrowth] = minimal.charts as [(typeof minimal.charts)[0], (typeof minimal.charts)[0]];

describe('placingClaim', () => {
  test('finds the leads claim whose leader is on the chart and whose peers include the entity', () => {
    expect(placingClaim(shareGains, 'demo-ltd', indexBriefing(minimal))).toBe(minimal.claims[1]);
  });

  test('finds none for an entity the claim does not name', () => {
    expect(placingClaim(shareGains, 'widget-index', indexBriefing(minimal))).toBeUndefined();
  });

  test("finds none when the claim's leader is not on the chart", () => {
    expect(placingClaim(salesGrowth, 'demo-ltd', indexBriefing(minimal))).toBeUndefined();
  });

  test('ignores claims of other kinds that name the entity', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.claims.splice(1, 1, {
        id: 'shares-led-peers',
        kind: 'outranks',
        statement: 'Example Corp gained more than Demo Ltd.',
        entity: 'example-corp',
        metric: 'share-gain',
        over: ['demo-ltd'],
      });
    });
    expect(placingClaim(shareGains, 'demo-ltd', indexBriefing(briefing))).toBeUndefined();
  });
});
