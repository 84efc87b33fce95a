import type { Claim, Relation } from '../../schemas/claim.ts';
import type { Figure } from '../../schemas/figure.ts';
import { figuresOn, type BriefingIndex, counterpartFigure } from './briefing-index.ts';
import { compareIntervals, type Verdict, figureInterval } from './intervals.ts';
import { figurePeriod } from './periods.ts';
import { formatInline } from './format-figure.ts';

/**
 * One side of a comparison: a figure (with its period, `when`, where the claim compares a figure
 * with itself over time), or an entity the source ranks without a number.
 */
export type ClaimSide = { figure: Figure; when?: string } | { entityName: string };

/** One comparison inside a claim and how it came out. */
interface ClaimStep {
  /** The side the claim is about. */
  subject: ClaimSide;
  relation: Relation;
  /** The side it is compared with. */
  other: ClaimSide;
  /** `stated` when a side has no number: the source's word stands, with nothing to check it against. */
  verdict: Verdict | 'stated';
}

interface ClaimResult {
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
  within: 'within',
};

function compareStep(figure: Figure, relation: Relation, other: Figure, index?: BriefingIndex): ClaimStep {
  const verdict = compareIntervals(figureInterval(figure), relation, figureInterval(other));
  // Figures of one series share a label: their periods tell them apart.
  const when = (f: Figure) => (index ? { when: figurePeriod(f, index.entities).axis } : {});
  return { subject: { figure, ...when(figure) }, relation, other: { figure: other, ...when(other) }, verdict };
}

/**
 * Steps for "the subject is ahead of each entity in `over`": each of the subject's `figures` is
 * compared with the other entity's figure on its metric for the same period, where there is one;
 * where there is none for any of them, the source's statement stands (shown with `side`).
 */
function aheadOf(
  figures: readonly Figure[],
  side: ClaimSide,
  over: readonly string[],
  index: BriefingIndex,
): ClaimStep[] {
  return over.flatMap((entityId): ClaimStep[] => {
    const entity = index.entities.get(entityId);
    if (!entity) return [];
    const compared = figures.flatMap((figure) => {
      const other = counterpartFigure(index, figure, entityId);
      return other ? [compareStep(figure, 'above', other)] : [];
    });
    if (compared.length > 0) return compared;
    return [{ subject: side, relation: 'above', other: { entityName: entity.name }, verdict: 'stated' }];
  });
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
      if (leader) steps.push(...aheadOf([leader], { figure: leader }, claim.over, index));
      break;
    }
    case 'outranks': {
      const entity = index.entities.get(claim.entity);
      if (!entity) break;
      // Its own figures on the metric, once there are any, are checked against the others' for
      // the same periods.
      const own = figuresOn(index, entity.id, claim.metric);
      const side = own.length === 1 ? { figure: own[0]! } : { entityName: entity.name };
      steps.push(...aheadOf(own, side, claim.over, index));
      break;
    }
    case 'trend': {
      const relation = claim.direction === 'rising' ? 'above' : 'below';
      claim.figures.slice(1).forEach((id, i) => {
        const before = fig(claim.figures[i]!);
        const after = fig(id);
        if (before && after) steps.push(compareStep(after, relation, before, index));
      });
      break;
    }
    case 'beat':
    case 'miss': {
      const reported = fig(claim.figure);
      const estimate = fig(claim.estimate);
      if (reported && estimate) steps.push(compareStep(reported, claim.kind === 'beat' ? 'above' : 'below', estimate));
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

/**
 * A side as the page and error messages name it: the figure with its basis when not reported
 * ("Example cloud growth 3% (projected)"), or the entity with "(no number stated)".
 */
export function describeSide(side: ClaimSide): string {
  if (!('figure' in side)) return `${side.entityName} (no number stated)`;
  return `${side.figure.label} ${formatInline(side.figure)}${side.when ? ` in ${side.when}` : ''}`;
}

/** Says why a step does not hold: "Example cloud growth 3% is not above Rival cloud growth 3.1% (projected)". */
export function describeFailedStep(step: ClaimStep): string {
  const not = step.verdict === 'undetermined' ? 'is not certainly' : 'is not';
  return `${describeSide(step.subject)} ${not} ${relationWords[step.relation]} ${describeSide(step.other)}`;
}
