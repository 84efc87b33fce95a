import type { Chart } from '../../schemas/chart.ts';
import type { LeadsClaim } from '../../schemas/claim.ts';
import type { BriefingIndex } from './briefing-index.ts';

/**
 * The `leads` claim that places an entity the source gives no number for on a chart: one whose
 * leader is a figure on the same chart and whose `over` names the entity. Any other claim about the
 * entity says nothing about where its bar belongs.
 */
export function placingClaim(chart: Chart, entityId: string, index: BriefingIndex): LeadsClaim | undefined {
  const figureIds = chart.items.flatMap((item) => ('figure' in item ? [item.figure] : []));
  for (const claim of index.claims.values()) {
    if (claim.kind === 'leads' && figureIds.includes(claim.figure) && claim.over.includes(entityId)) return claim;
  }
  return undefined;
}
