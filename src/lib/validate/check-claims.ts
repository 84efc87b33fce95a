import type { Briefing } from '../../schemas/briefing.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { describeFailedStep, evaluateClaim } from '../model/evaluate-claim.ts';
import { incomparableMessage } from '../model/comparable.ts';

function structuralIssues(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  briefing.claims.forEach((claim, i) => {
    if (claim.kind === 'compare') {
      const a = index.figures.get(claim.figure);
      const b = index.figures.get(claim.than);
      const message = a && b && incomparableMessage(a, b);
      if (message) issues.push(contentError(['claims', i, 'than'], message));
    }
    if (claim.kind === 'ranking') {
      const first = index.figures.get(claim.order[0]!);
      claim.order.forEach((id, j) => {
        if (claim.order.indexOf(id) !== j)
          issues.push(contentError(['claims', i, 'order', j], `expected each figure once, found "${id}" again`));
        const figure = index.figures.get(id);
        const message = first && figure && incomparableMessage(first, figure);
        if (message) issues.push(contentError(['claims', i, 'order', j], message));
      });
    }
    if (claim.kind === 'leads' || claim.kind === 'outranks') {
      const leading = claim.kind === 'leads' ? index.figures.get(claim.figure)?.entity : claim.entity;
      const whose = claim.kind === 'leads' ? "the leading figure's own" : 'the leading entity';
      claim.over.forEach((id, j) => {
        if (id === leading)
          issues.push(contentError(['claims', i, 'over', j], `expected an entity other than ${whose}, found "${id}"`));
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
