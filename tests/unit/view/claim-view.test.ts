import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { buildClaimView } from '../../../src/lib/view/claim-view.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import type { Claim } from '../../../src/schemas/claim.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';
import { sampleShareGain } from '../../support/sample-share-gain.ts';

const minimal = loadBriefing('minimal');
const evidence = (claim: Claim, briefing: Briefing = minimal) =>
  buildClaimView(claim, indexBriefing(briefing)).evidence;
const outranks: Claim = {
  id: 'top-seller',
  kind: 'outranks',
  statement: 'Example Corp sells the most widgets.',
  entity: 'example-corp',
  metric: 'widgets-sold',
  over: ['sample-inc', 'demo-ltd'],
};

describe('buildClaimView', () => {
  test('keeps the claim with its anchor and the two figures it compares', () => {
    expect(buildClaimView(minimal.claims[0]!, indexBriefing(minimal))).toEqual({
      id: 'shares-beat-index',
      anchor: 'claim-shares-beat-index',
      statement: "Example Corp's shares outpaced the Widget Index.",
      evidence: 'Example Corp share gain: more than 40%. Widget Index gain: 25%.',
    });
  });

  test('marks projected figures as projected', () => {
    expect(evidence(minimal.claims[2]!)).toBe(
      'Example Corp sales growth: 12.5% (projected). Sample Inc sales growth: 8% (projected).',
    );
  });

  test('names the peers a figure leads once when none of them has a number', () => {
    expect(evidence(minimal.claims[1]!)).toBe(
      'Example Corp share gain: more than 40%. Sample Inc and Demo Ltd: no numbers stated.',
    );
  });

  test('compares step by step once some of the peers have a number', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures.push(sampleShareGain(b, 30));
    });
    expect(evidence(briefing.claims[1]!, briefing)).toBe(
      'Example Corp share gain: more than 40%. Sample Inc share gain: 30%. Demo Ltd: no number stated.',
    );
  });

  test('gives a ranking the source states without any number as stated', () => {
    expect(evidence(outranks)).toBe('No numbers stated: the source ranks Example Corp above Sample Inc and Demo Ltd.');
  });
});
