import type { BarChart } from '../../schemas/chart.ts';
import type { Basis, Unit } from '../../schemas/figure.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { previousValueNote } from '../model/figure-changes.ts';
import { figurePeriod } from '../model/figure-period.ts';
import { basisLabel, formatValue } from '../model/format-figure.ts';

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
  /** Words that qualify the value: "projected", "lower bound", "below Example Corp, not stated". */
  note: string;
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
export function chartRows(chart: BarChart, index: BriefingIndex): ChartData {
  let unit: Unit = 'count';
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
      unit = figure.unit;
      const bound = figure.precision !== 'exact' && figure.precision !== 'about';
      const lower = figure.precision === 'more-than' || figure.precision === 'at-least';
      const boundNote = `${lower ? 'lower' : 'upper'} bound; the source gives no exact number`;
      const notes = [
        figure.basis !== 'reported' ? basisLabel(figure.basis) : '',
        bound ? boundNote : '',
        previousValueNote(figure) ?? '',
      ]
        .filter(Boolean)
        .join('; ');
      return {
        id: figure.id,
        label: sharedEntity ? figure.label : entity.name,
        kind: bound ? 'bound' : 'exact',
        value: figure.value,
        display: formatValue(figure),
        basis: figure.basis,
        note: notes,
        period: figurePeriod(figure, index.entities).heading,
        highlight: chart.highlight === figure.id,
      };
    }
    const entity = index.entities.get(item.entity)!;
    // The claim that places this entity on this chart (as checkCharts requires), not any claim over it.
    const figureIds = chart.items.flatMap((i) => ('figure' in i ? [i.figure] : []));
    const claim = [...index.claims.values()].find(
      (c) => c.kind === 'leads' && figureIds.includes(c.figure) && c.over.includes(item.entity),
    );
    const leader = claim?.kind === 'leads' ? index.figures.get(claim.figure) : undefined;
    const leaderName = leader ? index.entities.get(leader.entity)?.name : undefined;
    return {
      id: entity.id,
      label: entity.name,
      kind: 'unstated',
      value: null,
      display: 'Not stated',
      basis: null,
      note: leaderName ? `below ${leaderName}; the source gives no number` : 'the source gives no number',
      period: leader ? figurePeriod(leader, index.entities).heading : '',
      highlight: chart.highlight === entity.id,
    };
  });
  return { id: chart.id, title: chart.title, unit, rows };
}
