import type { Briefing } from '../../schemas/briefing.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { derivationFormula, figureBasisLabel, formatValue, revisionValue } from '../model/format-figure.ts';
import { magnitude } from '../model/measures.ts';
import { figurePeriod } from '../model/periods.ts';

/** One figure with its provenance, as published in figures.json and figures.csv. */
export interface FigureRecord {
  id: string;
  label: string;
  entity: string;
  entity_name: string;
  metric: string;
  /** The number as the source writes it, without its scale (13.7 for "$13.7 billion"); a range's low end. */
  value: number;
  /** A range's high end, or null. */
  value_to: number | null;
  /** The scale word of `value`, or null. */
  scale: string | null;
  /** `value` with its scale applied (13.7e9), in `unit`. */
  magnitude: number;
  /** `value_to` with its scale applied, or null. */
  magnitude_to: number | null;
  unit: string;
  currency: string | null;
  /** What the value is per ("share"), or null for an amount. */
  per: string | null;
  /** What a count counts, or null. */
  counts: string | null;
  precision: string;
  /** The value as the page prints it, e.g. "more than 30%", "US$13.7 billion". */
  display: string;
  /** As the page labels it: "reported", "estimate", "projected", or "derived" for a computed figure. */
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
  /** For a derived figure, its formula and inputs: "derived: (52.4 − 50.1) / 50.1"; null for a quoted one. */
  derived: string | null;
  /** For a derived figure, the formula's name ("percentage-change") and its input figures' ids, in order. */
  formula: string | null;
  derived_from: string[];
  history: {
    value: number;
    value_to: number | null;
    display: string;
    basis: string;
    date: string | null;
    source: string;
    quote: string | null;
    note: string | null;
  }[];
}

/** The columns of figures.csv, in order. */
export const figureColumns: readonly (keyof FigureRecord)[] = [
  'id',
  'label',
  'entity',
  'entity_name',
  'metric',
  'value',
  'value_to',
  'scale',
  'magnitude',
  'magnitude_to',
  'unit',
  'currency',
  'per',
  'counts',
  'precision',
  'display',
  'basis',
  'period',
  'period_start',
  'period_end',
  'as_of',
  'source',
  'source_title',
  'quote',
  'derived',
  'formula',
  'derived_from',
  'history',
];

/** A magnitude without the binary noise of scaling (13.7 × 1e9 is 13700000000, not 13700000000.000002). */
const clean = (n: number) => Number(n.toPrecision(15));

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
      value_to: figure.to ?? null,
      scale: figure.scale ?? null,
      magnitude: clean(magnitude(figure.value, { unit: 'count', scale: figure.scale })),
      magnitude_to:
        figure.to === undefined ? null : clean(magnitude(figure.to, { unit: 'count', scale: figure.scale })),
      unit: figure.unit,
      currency: figure.currency ?? null,
      per: figure.per ?? null,
      counts: figure.counts ?? null,
      precision: figure.precision,
      display: formatValue(figure),
      // The page calls a computed figure derived whatever its inputs' basis; so do the files.
      basis: figureBasisLabel(figure),
      period: period.words,
      period_start: period.range?.start ?? null,
      period_end: period.range?.end ?? null,
      as_of: figure.asOf ?? null,
      source: figure.source,
      source_title: index.sources.get(figure.source)?.title ?? figure.source,
      quote: figure.quote ?? null,
      derived: derivationFormula(figure, index.figures) ?? null,
      formula: figure.derived?.formula ?? null,
      derived_from: figure.derived ? [...figure.derived.of] : [],
      history: figure.history.map((h) => ({
        value: h.value,
        value_to: h.to ?? null,
        display: formatValue(revisionValue(figure, h)),
        basis: h.basis,
        date: h.date ?? null,
        source: h.source ?? figure.source,
        quote: h.quote ?? null,
        note: h.note ?? null,
      })),
    };
  });
}

/** A figure's earlier values in one cell: "1.2% (projected, 2024-01-10, source trade-report); …". */
function historyText(history: FigureRecord['history']): string {
  return history
    .map((h) => `${h.display} (${[h.basis, h.date, `source ${h.source}`].filter(Boolean).join(', ')})`)
    .join('; ');
}

/**
 * The records as figures.csv writes them: lists as text a spreadsheet shows as it is, not JSON
 * (a derived figure's inputs "revenue, revenue-estimate"; its history as above).
 */
export function figureCsvRows(records: readonly FigureRecord[]): Record<keyof FigureRecord, unknown>[] {
  return records.map((record) => ({
    ...record,
    derived_from: record.derived_from.join(', '),
    history: historyText(record.history),
  }));
}
