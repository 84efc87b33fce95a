import { basisSaid } from '../model/basis-in-words.ts';
import type { ChartConfiguration } from 'chart.js';
import type { BarChart } from '../../schemas/chart.ts';
import type { Basis, Figure } from '../../schemas/figure.ts';
import { type BriefingIndex, placingClaim } from '../model/briefing-index.ts';
import { derivationText, basisLabel, formatValue, previousValueNote, withBasis } from '../model/format-figure.ts';
import { entityKindHeading, entityPage } from '../model/entities.ts';
import { figurePeriod } from '../model/periods.ts';
import { chartScale, toAxis, axisTitle, baseOptions, categoryAxis, valueAxis } from './axes.ts';
import { plotFigure } from './plotted-figure.ts';
import { barPaint, lightChartTheme, type ChartTheme } from './chart-style.ts';

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
  /** For a bound: true when the source gives its floor ("more than 25%"), false for a ceiling. */
  lower?: boolean;
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
  /** What the bars' names are, as the table's first column is headed: "Company", "Measure". */
  labelHeading?: string;
}

/**
 * One figure as a bar: drawn to its value, bound or range (`toAxis` puts a value in the chart's
 * axis unit and scale), printed with its basis, bound, revision and, for a derived figure, its
 * `derivation` ("the change from 50.1% to 52.4%"), noted as "derived: …".
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
    derivation && `derived: ${derivation}`,
  ].filter((note): note is string => Boolean(note));
  return {
    id: figure.id,
    kind: plotted.kind,
    value: plotted.value,
    ...(plotted.kind === 'bound' ? { lower: plotted.lower ?? false } : {}),
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
  const kinds = entityIds.map((id) => index.entities.get(id ?? '')?.kind).filter((kind) => kind !== undefined);
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
    labelHeading: sharedEntity ? 'Measure' : entityKindHeading(kinds),
  };
}

export interface DataTable {
  caption: string;
  columns: string[];
  /**
   * `figure`: the id of the figure a row shows, absent for an entity the source gives no number for;
   * `labelHref`: the company page the row's label links to.
   */
  rows: { cells: string[]; highlight: boolean; figure?: string; labelHref?: string }[];
  /** True when every column after the first holds values (one per series), none words. */
  valuesOnly?: boolean;
}

/**
 * The chart's numbers as a table: the same rows the chart draws, readable without JavaScript. A
 * chart over periods names each period in words in its first column instead of a period column.
 */
export function buildDataTable(data: ChartData): DataTable {
  return {
    caption: `Data for “${data.title}”`,
    columns: data.byPeriod
      ? ['Period', 'Value', 'Basis', 'Note']
      : [data.labelHeading ?? 'Name', 'Value', 'Basis', 'Period', 'Note'],
    rows: data.rows.map((row) => ({
      cells: [
        data.byPeriod ? row.period : row.label,
        row.display,
        row.basis ? (isDerived(row) ? 'derived' : row.basis) : '—',
        ...(data.byPeriod ? [] : [row.period || '—']),
        row.notes.join('; ') || '—',
      ],
      highlight: row.highlight,
      ...(row.kind === 'unstated' ? {} : { figure: row.id }),
      ...(row.entityUrl ? { labelHref: row.entityUrl } : {}),
    })),
  };
}

/** Whether a row's figure is computed from others (its note gives the formula), as the page calls it. */
const isDerived = (row: ChartRow) => row.notes.some((note) => note.startsWith('derived: '));

/** What is printed beside a bar: the value with its qualifier, so a bound never reads as exact. */
export function barLabel(row: ChartRow): string {
  if (row.kind === 'unstated') return `not stated (${row.notes[0]})`;
  // A bar named for its basis ("Net income, analysts' expectation") needs no tag repeating it.
  return withBasis(row.display, row.basis ?? 'reported', { derived: isDerived(row), said: basisSaid(row.label) });
}

/**
 * Builds the Chart.js configuration for a horizontal bar chart (bars both ways from zero, ranges
 * as floating bars, a floor with an open end): a pure function of the chart's data and a theme,
 * serialised into the page; `fitChart` fits it to the width it is drawn at.
 */
export function buildChartConfig(
  data: ChartData,
  theme: ChartTheme = lightChartTheme,
): ChartConfiguration<'bar', (number | [number, number] | null)[], string | string[]> {
  const { rows } = data;
  const min = Math.min(0, ...rows.flatMap((r) => (Array.isArray(r.value) ? r.value : [r.value ?? 0])));
  const fill = (row: ChartRow) => (row.highlight ? theme.highlight : theme.neutral);
  // A row the source gives no number for draws no bar; its paint is never seen.
  const paint = (row: ChartRow) =>
    barPaint(fill(row), 'solid', row.kind === 'unstated' ? { kind: 'exact' } : { kind: row.kind, lower: row.lower });
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => r.label),
      datasets: [
        {
          label: data.title,
          data: rows.map((r) => r.value),
          backgroundColor: rows.map((r) => paint(r).background),
          borderColor: rows.map(fill),
          borderWidth: rows.map((r) => paint(r).border),
          borderSkipped: false,
          barPercentage: 0.8,
          categoryPercentage: 0.8,
        },
      ],
    },
    options: {
      ...baseOptions,
      indexAxis: 'y',
      scales: { x: valueAxis(theme, data.axisTitle), y: categoryAxis(theme) },
      plugins: {
        valueLabels: {
          labels: [rows.map(barLabel)],
          color: theme.text,
          onSolid: theme.background,
          offset: 0,
          ...(rows.some((r) => r.highlight)
            ? { bold: [0, rows.findIndex((r) => r.highlight)] as [number, number] }
            : {}),
          lowerBounds: [rows.map((r) => r.kind === 'bound' && r.lower === true)],
          ...(min < 0 ? { zeroLine: theme.text } : {}),
        },
      },
    },
  };
}
