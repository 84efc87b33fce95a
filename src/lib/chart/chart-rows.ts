import type { Chart } from '../../schemas/chart.ts';
import type { Basis, Unit } from '../../schemas/figure.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { previousValueNote } from '../model/figure-changes.ts';
import { basisLabel, formatValue } from '../model/format-figure.ts';
import { placingClaim } from '../model/placing-claim.ts';

/** One bar of a chart, resolved from the briefing: what to draw and what to print. */
export interface ChartRow {
  /** The figure or entity id. */
  id: string;
  /** Category label: the entity's name. */
  label: string;
  /**
   * How the number is known: `exact` draws a bar to the value; `bound` draws a bar to the bound
   * and says so; `unstated` draws no bar at all.
   */
  kind: 'exact' | 'bound' | 'unstated';
  /** Bar length, or null when the source gives no number. */
  value: number | null;
  /** The value as printed: "4.2%", "more than 30%", "Not stated". */
  display: string;
  basis: Basis | null;
  /**
   * Words that qualify the value, most telling first: ["projected", "lower bound; the source gives
   * no exact number"], or for an unstated entity ["below Example Corp", "the source gives no number"].
   */
  notes: string[];
  period: string;
  highlight: boolean;
}

/** Everything the config and table builders need about one chart. */
export interface ChartData {
  id: string;
  title: string;
  unit: Unit;
  rows: ChartRow[];
}

/** Resolves a validated chart's items into rows; an unstated entity takes its place from a `leads` claim. */
export function chartRows(chart: Chart, index: BriefingIndex): ChartData {
  // Bars are named by entity; when two bars share an entity (a figure against its own average)
  // the figures' labels tell them apart instead.
  const entityIds = chart.items.map((item) =>
    'figure' in item ? index.figures.get(item.figure)?.entity : item.entity,
  );
  const sharedEntity = new Set(entityIds).size < entityIds.length;
  const rows = chart.items.map((item): ChartRow => {
    if ('figure' in item) {
      const figure = index.figures.get(item.figure)!;
      const entity = index.entities.get(figure.entity)!;
      const bound = figure.precision !== 'exact' && figure.precision !== 'about';
      const lower = figure.precision === 'more-than' || figure.precision === 'at-least';
      const notes = [
        figure.basis !== 'reported' && basisLabel(figure.basis),
        bound && `${lower ? 'lower' : 'upper'} bound`,
        bound && 'the source gives no exact number',
        previousValueNote(figure),
      ].filter((note): note is string => Boolean(note));
      return {
        id: figure.id,
        label: sharedEntity ? figure.label : entity.name,
        kind: bound ? 'bound' : 'exact',
        value: figure.value,
        display: formatValue(figure),
        basis: figure.basis,
        notes,
        period: figure.period,
        highlight: chart.highlight === figure.id,
      };
    }
    const entity = index.entities.get(item.entity)!;
    const claim = placingClaim(chart, item.entity, index);
    const leader = claim && index.figures.get(claim.figure);
    const leaderName = leader ? index.entities.get(leader.entity)?.name : undefined;
    return {
      id: entity.id,
      label: entity.name,
      kind: 'unstated',
      value: null,
      display: 'Not stated',
      basis: null,
      notes: [...(leaderName ? [`below ${leaderName}`] : []), 'the source gives no number'],
      period: leader?.period ?? '',
      highlight: chart.highlight === entity.id,
    };
  });
  // A chart compares like with like (checkCharts sees to it), so its first figure gives the unit.
  const units = chart.items.flatMap((item) => ('figure' in item ? [index.figures.get(item.figure)!.unit] : []));
  const unit: Unit = units[0] ?? 'count';
  return { id: chart.id, title: chart.title, unit, rows };
}
