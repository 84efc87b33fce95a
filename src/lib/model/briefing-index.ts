import type { Briefing } from '../../schemas/briefing.ts';
import type { Chart, TimeChart, BarChart } from '../../schemas/chart.ts';
import type { Claim, LeadsClaim } from '../../schemas/claim.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';
import { samePeriod } from './periods.ts';

/** Lookup tables over a briefing's lists; the first of any duplicated id wins. */
export interface BriefingIndex {
  sources: Map<string, Source>;
  entities: Map<string, Entity>;
  figures: Map<string, Figure>;
  claims: Map<string, Claim>;
  charts: Map<string, Chart>;
  sections: Map<string, Section>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

export function indexBriefing(briefing: Briefing): BriefingIndex {
  return {
    sources: byId(briefing.sources),
    entities: byId(briefing.entities),
    figures: byId(briefing.figures),
    claims: byId(briefing.claims),
    charts: byId(briefing.charts),
    sections: byId(briefing.sections),
  };
}

/** Every figure the briefing has for an entity on a metric, in the order they are listed. */
export function figuresOn(index: BriefingIndex, entity: string, metric: string): Figure[] {
  return [...index.figures.values()].filter((figure) => figure.entity === entity && figure.metric === metric);
}

/** Every figure id a chart draws, in the order it lists them, whatever its kind. */
export function chartFigureIds(chart: Chart): string[] {
  switch (chart.kind) {
    case 'bar':
      return chart.items.flatMap((item) => ('figure' in item ? [item.figure] : []));
    case 'column':
    case 'line':
      return chart.series.flatMap((series) => series.figures);
    case 'grouped-bar':
      return chart.groups.flatMap((group) => group.figures);
  }
}

/** True for a chart of figures over time (`column` or `line`). */
export function isTimeChart(chart: Chart): chart is TimeChart {
  return chart.kind === 'column' || chart.kind === 'line';
}

/**
 * The figure `entity` has on `figure`'s metric for the same period: what a claim that `figure`
 * is ahead of that entity is checked against, of the same basis when there is one. Undefined
 * when the briefing states none, as for a rival the source ranks without a number; a figure for
 * another period is no counterpart, since last year's number says nothing about this year's lead.
 */
export function counterpartFigure(index: BriefingIndex, figure: Figure, entity: string): Figure | undefined {
  let otherBasis: Figure | undefined;
  for (const other of index.figures.values()) {
    if (other.entity !== entity || other.metric !== figure.metric) continue;
    if (!samePeriod(other, figure, index.entities)) continue;
    if (other.basis === figure.basis) return other;
    otherBasis ??= other;
  }
  return otherBasis;
}

/**
 * The `leads` claim that places an entity the source gives no number for on a chart: one whose
 * leader is a figure on the same chart and whose `over` names the entity. Any other claim about the
 * entity says nothing about where its bar belongs.
 */
export function placingClaim(chart: BarChart, entityId: string, index: BriefingIndex): LeadsClaim | undefined {
  const figureIds = chart.items.flatMap((item) => ('figure' in item ? [item.figure] : []));
  for (const claim of index.claims.values()) {
    if (claim.kind === 'leads' && figureIds.includes(claim.figure) && claim.over.includes(entityId)) return claim;
  }
  return undefined;
}
