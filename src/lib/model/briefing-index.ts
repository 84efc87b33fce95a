import type { Briefing } from '../../schemas/briefing.ts';
import type { Chart } from '../../schemas/chart.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Section } from '../../schemas/section.ts';
import type { Source } from '../../schemas/source.ts';

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
