import type { BarChart } from '../../schemas/chart.ts';
import type { Basis, Figure } from '../../schemas/figure.ts';
import { type BriefingIndex, placingClaim } from '../model/briefing-index.ts';
import { derivationText, basisLabel, formatValue, previousValueNote } from '../model/format-figure.ts';
import { entityPage } from '../model/entities.ts';
import { figurePeriod } from '../model/periods.ts';
import { chartScale, toAxis } from './axis-scale.ts';
import { plotFigure } from './plotted-figure.ts';
import { axisTitle } from './axis-title.ts';

/** One bar of a chart, resolved from the briefing: what to draw and what to print. */
export interface ChartRow {
  /** The figure or entity id. */
  id: string;
  /** Category label: the entity's name. */
  label: string;
  /**
   * How the number is known: `exact` draws a bar from zero to the value; `bound` draws a bar to
   * the bound and says so; `range` floats a bar between the range's ends; `unstated` draws no bar.
   */
  kind: 'exact' | 'bound' | 'range' | 'unstated';
  /** Bar end in the chart's axis unit and scale, both ends of a range, or null when the source gives no number. */
  value: number | [number, number] | null;
  /** The value as printed: "4.2%", "more than 30%", "CN¥120.5 billion", "Not stated". */
  display: string;
  basis: Basis | null;
  /**
   * Words that qualify the value, most telling first: ["projected", "lower bound", "the source gives
   * no exact number"], or for an unstated entity ["below Example Corp", "the source gives no number"].
   */
  notes: string[];
  period: string;
  highlight: boolean;
  /** The company page of the row's entity, when it has one. */
  entityUrl?: string;
}

/** Everything the config and table builders need about one chart. */
export interface ChartData {
  id: string;
  title: string;
  /** The value axis's title, with scale and currency: "Billion Chinese yuan". */
  axisTitle: string;
  rows: ChartRow[];
  /** True when the bars are periods of one metric: the table then names each period in words. */
  byPeriod?: boolean;
}

/**
 * One figure as a bar: drawn to its value, bound or range (`toAxis` puts a value in the chart's
 * axis unit and scale), printed with its basis, bound, revision and, for a derived figure, its
 * `derivation` ("derived: (52.4 − 50.1) / 50.1").
 */
export function figureChartRow(
  figure: Figure,
  row: Pick<ChartRow, 'label' | 'period' | 'highlight' | 'entityUrl'>,
  toAxis: (n: number, figure: Figure) => number,
  derivation?: string,
): ChartRow {
  const plotted = plotFigure(figure, toAxis);
  const notes = [
    figure.basis !== 'reported' && basisLabel(figure.basis),
    plotted.kind === 'bound' && `${plotted.lower ? 'lower' : 'upper'} bound`,
    plotted.kind === 'bound' && 'the source gives no exact number',
    plotted.kind === 'range' && 'a range: the bar spans its two ends',
    previousValueNote(figure),
    derivation,
  ].filter((note): note is string => Boolean(note));
  return {
    id: figure.id,
    kind: plotted.kind,
    value: plotted.value,
    display: formatValue(figure),
    basis: figure.basis,
    notes,
    ...row,
  };
}

/**
 * The value axis of a chart of these figures: drawn in the first figure's unit and the scale of
 * the largest (basis points stay basis points), with its title and how a value is placed on it.
 */
export function chartAxis(figures: readonly Figure[]): {
  title: string;
  toAxis: (n: number, figure: Figure) => number;
} {
  const first = figures[0];
  const scale = chartScale(figures);
  return {
    title: first ? axisTitle(first, scale) : '',
    toAxis: (n, figure) => toAxis(n, figure, first, scale),
  };
}

/** Resolves a validated chart's items into rows; an unstated entity takes its place from a `leads` claim. */
export function chartRows(chart: BarChart, index: BriefingIndex): ChartData {
  const figures = chart.items.flatMap((item) => ('figure' in item ? [index.figures.get(item.figure)!] : []));
  const axis = chartAxis(figures);
  // Bars are named by entity; when two bars share an entity (a figure against its own average)
  // the figures' labels tell them apart instead.
  const entityIds = chart.items.map((item) =>
    'figure' in item ? index.figures.get(item.figure)?.entity : item.entity,
  );
  const sharedEntity = new Set(entityIds).size < entityIds.length;
  const rows = chart.items.map((item): ChartRow => {
    if ('figure' in item) {
      const figure = index.figures.get(item.figure)!;
      return figureChartRow(
        figure,
        {
          label: sharedEntity ? figure.label : index.entities.get(figure.entity)!.name,
          period: figurePeriod(figure, index.entities).heading,
          highlight: chart.highlight === figure.id,
          entityUrl: entityPage(figure.entity, index.entities),
        },
        axis.toAxis,
        derivationText(figure, index.figures),
      );
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
      period: leader ? figurePeriod(leader, index.entities).heading : '',
      highlight: chart.highlight === entity.id,
      entityUrl: entityPage(entity.id, index.entities),
    };
  });
  return {
    id: chart.id,
    title: chart.title,
    axisTitle: axis.title,
    rows,
  };
}
