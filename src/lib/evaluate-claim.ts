import type { Claim, Relation } from '../schemas/claim.ts';
import type { Figure } from '../schemas/figure.ts';
import { findFigure, type BriefingIndex } from './briefing-index.ts';
import { compareIntervals, type Verdict } from './compare-intervals.ts';
import { figureInterval } from './figure-interval.ts';
import { formatValue } from './format-figure.ts';

/** One comparison inside a claim and how it came out. */
export interface ClaimStep {
  /** Figure on the left of the comparison. */
  figure: Figure;
  relation: Relation;
  /** Figure on the right, or the entity the source ranks without a number. */
  other: { figure: Figure } | { entityName: string };
  verdict: Verdict | 'stated';
}

export interface ClaimResult {
  claim: Claim;
  /** `holds` only when every step holds (or is stated by the source without numbers). */
  verdict: Verdict;
  steps: ClaimStep[];
}

const relationWords: Record<Relation, string> = {
  above: 'above',
  below: 'below',
  'at-least': 'at least',
  'at-most': 'at most',
  equal: 'equal to',
};

function compareStep(figure: Figure, relation: Relation, other: Figure): ClaimStep {
  const verdict = compareIntervals(figureInterval(figure), relation, figureInterval(other));
  return { figure, relation, other: { figure: other }, verdict };
}

/** Evaluates a claim whose references resolve; unresolved references are reported elsewhere. */
export function evaluateClaim(claim: Claim, index: BriefingIndex): ClaimResult {
  const steps: ClaimStep[] = [];
  const fig = (id: string) => index.figures.get(id);
  switch (claim.kind) {
    case 'compare': {
      const a = fig(claim.figure);
      const b = fig(claim.than);
      if (a && b) steps.push(compareStep(a, claim.is, b));
      break;
    }
    case 'ranking':
      claim.order.slice(1).forEach((id, i) => {
        const a = fig(claim.order[i]!);
        const b = fig(id);
        if (a && b) steps.push(compareStep(a, 'above', b));
      });
      break;
    case 'leads': {
      const leader = fig(claim.figure);
      if (!leader) break;
      for (const entityId of claim.over) {
        const entity = index.entities.get(entityId);
        if (!entity) continue;
        const other = findFigure(index, entityId, leader.metric);
        steps.push(
          other
            ? compareStep(leader, 'above', other)
            : { figure: leader, relation: 'above', other: { entityName: entity.name }, verdict: 'stated' },
        );
      }
      break;
    }
  }
  const verdicts = steps.map((s) => s.verdict);
  const verdict: Verdict = verdicts.includes('fails')
    ? 'fails'
    : verdicts.includes('undetermined')
      ? 'undetermined'
      : 'holds';
  return { claim, verdict, steps };
}

/** Says why a step does not hold: "Example cloud growth 3% is not above Rival cloud growth 3.1%". */
export function describeFailedStep(step: ClaimStep): string {
  const left = `${step.figure.label} ${formatValue(step.figure)}`;
  const right =
    'figure' in step.other ? `${step.other.figure.label} ${formatValue(step.other.figure)}` : step.other.entityName;
  const not = step.verdict === 'undetermined' ? 'is not certainly' : 'is not';
  return `${left} ${not} ${relationWords[step.relation]} ${right}`;
}
