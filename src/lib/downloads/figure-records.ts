import type { Briefing } from '../../schemas/briefing.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { derivationText } from '../model/derivation-text.ts';
import { figurePeriod } from '../model/figure-period.ts';
import { formatValue } from '../model/format-figure.ts';

/** One figure with its provenance, as published in figures.json and figures.csv. */
export interface FigureRecord {
  id: string;
  label: string;
  entity: string;
  entity_name: string;
  metric: string;
  value: number;
  unit: string;
  currency: string | null;
  precision: string;
  /** The value as the page prints it, e.g. "more than 30%". */
  display: string;
  basis: string;
  /** The period in words: "the quarter to 30 September 2025 (Q2 of fiscal 2026)". */
  period: string;
  /** First and last day of a dated period (ISO); null for a period given only in words or open-ended. */
  period_start: string | null;
  period_end: string | null;
  as_of: string | null;
  source: string;
  source_title: string;
  /** The source's words; null for a derived figure the source does not state. */
  quote: string | null;
  /** For a derived figure, its formula and inputs: "derived: (39.8 − 37.9) / 37.9"; null for a quoted one. */
  derived: string | null;
  history: { value: number; basis: string; date: string; note: string | null }[];
}

/** The briefing's figures as plain records, built from the same data the page renders. */
export function figureRecords(briefing: Briefing): FigureRecord[] {
  const index = indexBriefing(briefing);
  return briefing.figures.map((figure) => {
    const period = figurePeriod(figure, index.entities);
    return {
      id: figure.id,
      label: figure.label,
      entity: figure.entity,
      entity_name: index.entities.get(figure.entity)?.name ?? figure.entity,
      metric: figure.metric,
      value: figure.value,
      unit: figure.unit,
      currency: figure.currency ?? null,
      precision: figure.precision,
      display: formatValue(figure),
      basis: figure.basis,
      period: period.words,
      period_start: period.range?.start ?? null,
      period_end: period.range?.end ?? null,
      as_of: figure.asOf ?? null,
      source: figure.source,
      source_title: index.sources.get(figure.source)?.title ?? figure.source,
      quote: figure.quote ?? null,
      derived: derivationText(figure, index.figures) ?? null,
      history: figure.history.map((h) => ({ value: h.value, basis: h.basis, date: h.date, note: h.note ?? null })),
    };
  });
}
