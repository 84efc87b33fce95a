import type { Briefing } from '../../schemas/briefing.ts';
import type { BeatClaim } from '../../schemas/claim.ts';
import { figurePeriod, samePeriod, spanMismatch } from '../model/periods.ts';
import { incomparableMessage } from '../model/measures.ts';
import { seriesIssues } from './check-charts.ts';
import { figuresOn, type BriefingIndex, counterpartFigure } from '../model/briefing-index.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { describeFailedStep, evaluateClaim } from '../model/evaluate-claim.ts';

/** A beat or miss sets a reported figure against an estimate of the same thing: entity, metric, unit and period. */
function beatIssues(claim: BeatClaim, i: number, index: BriefingIndex): ContentIssue[] {
  const reported = index.figures.get(claim.figure)!;
  const estimate = index.figures.get(claim.estimate)!;
  const path = ['claims', i, 'estimate'];
  if (reported.basis !== 'reported')
    return [
      contentError(['claims', i, 'figure'], `expected a reported figure, found "${reported.id}" (${reported.basis})`),
    ];
  if (estimate.basis === 'reported')
    return [contentError(path, `expected an estimate or projection, found "${estimate.id}" (reported)`)];
  for (const field of ['entity', 'metric'] as const) {
    if (estimate[field] !== reported[field])
      return [
        contentError(
          path,
          `expected an estimate of the same ${field} as "${reported.id}" (${reported[field]}), found "${estimate.id}" on ${estimate[field]}`,
        ),
      ];
  }
  const incomparable = incomparableMessage(reported, estimate);
  if (incomparable) return [contentError(path, incomparable)];
  if (!samePeriod(reported, estimate, index.entities))
    return [
      contentError(
        path,
        `expected an estimate for the same period as "${reported.id}" (${figurePeriod(reported, index.entities).words}), found "${estimate.id}" for ${figurePeriod(estimate, index.entities).words}`,
      ),
    ];
  return [];
}

function structuralIssues(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  briefing.claims.forEach((claim, i) => {
    if (claim.kind === 'compare') {
      const a = index.figures.get(claim.figure);
      const b = index.figures.get(claim.than);
      const message = a && b && (incomparableMessage(a, b) ?? spanMismatch(a, b, index.entities));
      if (message) issues.push(contentError(['claims', i, 'than'], message));
    }
    if (claim.kind === 'ranking') {
      const first = index.figures.get(claim.order[0]!);
      claim.order.forEach((id, j) => {
        if (claim.order.indexOf(id) !== j)
          issues.push(contentError(['claims', i, 'order', j], `expected each figure once, found "${id}" again`));
        const figure = index.figures.get(id);
        const message =
          first && figure && (incomparableMessage(first, figure) ?? spanMismatch(first, figure, index.entities));
        if (message) issues.push(contentError(['claims', i, 'order', j], message));
      });
    }
    if (claim.kind === 'trend') {
      const figures = claim.figures.map((id) => index.figures.get(id)!);
      issues.push(...seriesIssues(figures, figures[0]!, (k) => ['claims', i, 'figures', k], index.entities));
      const steps = claim.figures.length - 1;
      if (claim.inARow !== undefined && claim.inARow !== steps)
        issues.push(
          contentError(
            ['claims', i, 'inARow'],
            `expected ${steps} (one fewer than the ${claim.figures.length} figures compared), found ${claim.inARow}`,
          ),
        );
    }
    if (claim.kind === 'beat' || claim.kind === 'miss') issues.push(...beatIssues(claim, i, index));
    if (claim.kind === 'leads' || claim.kind === 'outranks') {
      const lead = index.figures.get(claim.kind === 'leads' ? claim.figure : '');
      const leaders = claim.kind === 'leads' ? (lead ? [lead] : []) : figuresOn(index, claim.entity, claim.metric);
      const leading = claim.kind === 'leads' ? lead?.entity : claim.entity;
      const whose = claim.kind === 'leads' ? "the leading figure's own" : 'the leading entity';
      claim.over.forEach((id, j) => {
        if (id === leading)
          issues.push(contentError(['claims', i, 'over', j], `expected an entity other than ${whose}, found "${id}"`));
        // A rival's figure for the same metric and period is what a lead is checked against.
        for (const leader of leaders) {
          const rival = counterpartFigure(index, leader, id);
          const message = rival && incomparableMessage(leader, rival);
          if (message) issues.push(contentError(['claims', i, 'over', j], message));
        }
      });
    }
  });
  return issues;
}

/** Every claim holds on the current figures; a failure names the claim and the values that broke it. */
export function checkClaims(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues = structuralIssues(briefing, index);
  if (issues.length > 0) return issues;
  briefing.claims.forEach((claim, i) => {
    const result = evaluateClaim(claim, index);
    if (result.verdict === 'holds') return;
    const reasons = result.steps
      .filter((s) => s.verdict === 'fails' || s.verdict === 'undetermined')
      .map(describeFailedStep);
    issues.push(
      contentError(['claims', i], `claim ${claim.id} ("${claim.statement}") does not hold: ${reasons.join('; ')}`),
    );
  });
  return issues;
}
