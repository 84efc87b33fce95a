import { andList } from '../model/format-number.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { evaluateClaim, type ClaimSide } from '../model/evaluate-claim.ts';
import { figurePeriod } from '../model/periods.ts';
import { figureInProseText } from '../model/format-figure.ts';
import { basisSaid } from '../model/basis-in-words.ts';
import { figureName } from '../model/metric-names.ts';
import { claimAnchor } from '../model/page-addresses.ts';

export interface ClaimView {
  id: string;
  anchor: string;
  statement: string;
  /**
   * The figures behind the claim, one sentence each, its name first and a projection marked as
   * such: "Example share gain: more than 30%. Rival share gain: 4.2% (projected)."; for a ranking
   * the source gives without any number, the ranking as stated.
   */
  evidence: string;
}

const nameOf = (side: ClaimSide) => ('figure' in side ? figureName(side.figure) : side.entityName);

/**
 * A figure's value as evidence: tagged with its basis unless `name` says it. The evidence compares
 * values now; a revision is told beside the figure in the prose and under "What changed".
 */
const evidenceValue = (figure: Figure, name: string) => figureInProseText({ ...figure, history: [] }, basisSaid(name));

/**
 * A side as a reader reads it, a sentence of its own so a name always starts it: the figure's
 * name, then its value after a colon; its basis tagged only where the name does not say it
 * ("analysts' estimate").
 */
function sideText(side: ClaimSide): string {
  if (!('figure' in side)) return `${side.entityName}: no number stated.`;
  const name = figureName(side.figure);
  return `${name}: ${evidenceValue(side.figure, name)}${side.when ? ` in ${side.when}` : ''}.`;
}

/** A trend's evidence: the series in order, each value with its period. */
function trendEvidence(ids: readonly string[], index: BriefingIndex): string {
  const figures = ids.map((id) => index.figures.get(id)!);
  const name = figureName(figures[0]!);
  const values = figures.map((f) => `${evidenceValue(f, name)} (${figurePeriod(f, index.entities).axis})`);
  return `${name}: ${values.join(', then ')}.`;
}

/** A checked claim as the page lists it, with the figures that bear it out. */
export function buildClaimView(claim: Claim, index: BriefingIndex): ClaimView {
  if (claim.kind === 'trend')
    return {
      id: claim.id,
      anchor: claimAnchor(claim.id),
      statement: claim.statement,
      evidence: trendEvidence(claim.figures, index),
    };
  const steps = evaluateClaim(claim, index).steps;
  const unstatedOthers =
    steps.length > 1 && steps.every((s) => !('figure' in s.other) && nameOf(s.subject) === nameOf(steps[0]!.subject));
  const others = andList(steps.map((s) => nameOf(s.other)));
  const evidence =
    steps.length > 0 && steps.every((s) => !('figure' in s.subject) && !('figure' in s.other))
      ? `No numbers stated: the source ranks ${nameOf(steps[0]!.subject)} above ${others}.`
      : unstatedOthers
        ? `${sideText(steps[0]!.subject)} ${others}: no numbers stated.`
        : [...new Set(steps.flatMap((step) => [sideText(step.subject), sideText(step.other)]))].join(' ');
  return { id: claim.id, anchor: claimAnchor(claim.id), statement: claim.statement, evidence };
}
