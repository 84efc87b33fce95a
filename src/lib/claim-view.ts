import type { Claim } from '../schemas/claim.ts';
import type { BriefingIndex } from './briefing-index.ts';
import { evaluateClaim } from './evaluate-claim.ts';
import { formatValue } from './format-figure.ts';
import { claimAnchor } from './reserved-ids.ts';

export interface ClaimView {
  id: string;
  anchor: string;
  statement: string;
  /** The figures behind the claim: "more than 30% vs 30%". */
  evidence: string;
}

/** A checked claim as the page lists it, with the figures that bear it out. */
export function buildClaimView(claim: Claim, index: BriefingIndex): ClaimView {
  const evidence = evaluateClaim(claim, index)
    .steps.map((step) => {
      const right =
        'figure' in step.other
          ? `${step.other.figure.label} ${formatValue(step.other.figure)}`
          : `${step.other.entityName} (no number stated)`;
      return `${step.figure.label} ${formatValue(step.figure)} vs ${right}`;
    })
    .join('; ');
  return { id: claim.id, anchor: claimAnchor(claim.id), statement: claim.statement, evidence };
}
