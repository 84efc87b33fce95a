import type { TimeChart } from '../../schemas/chart.ts';
import type { Figure, Unit } from '../../schemas/figure.ts';
import { chartScale, toAxis } from './axis-scale.ts';
import { axisTitle } from './axis-title.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { figurePeriod } from '../model/periods.ts';
import { seriesPoint, type SeriesPoint } from './plotted-figure.ts';

/** Everything the config and table builders need about a chart of figures over time. */
export interface TimeChartData {
  id: string;
  title: string;
  kind: TimeChart['kind'];
  unit: Unit;
  /** The value axis's title, with scale and currency: "Billion Chinese yuan", "Percent". */
  axisTitle: string;
  /** The periods along the axis, oldest first: "Jul–Sep 2025". */
  categories: string[];
  /** The same periods in words, for the table: "The quarter to 30 September 2025 (Q2 of fiscal 2026)". */
  periods: string[];
  /** One per series; a period a series has no figure for is null. */
  series: { label: string; points: (SeriesPoint | null)[] }[];
  /** The emphasised figure, if any. */
  highlight?: string;
}

/**
 * Lays a validated time chart's series out on one axis of periods: every period any series has,
 * in time order (validation has made sure they can be ordered).
 */
export function timeChartData(chart: TimeChart, index: BriefingIndex): TimeChartData {
  const resolved = chart.series.map((series) =>
    series.figures.map((id) => {
      const figure = index.figures.get(id)!;
      return { figure, period: figurePeriod(figure, index.entities) };
    }),
  );
  const key = (p: { range?: { start: string; end?: string } }) => `${p.range?.start}/${p.range?.end ?? ''}`;
  const axis = new Map<string, { start: string; axis: string; heading: string }>();
  // A period shared by several series is named as the first series names it (fiscal or calendar).
  for (const { period } of resolved.flat()) {
    if (!axis.has(key(period)))
      axis.set(key(period), { start: period.range?.start ?? '', axis: period.axis, heading: period.heading });
  }
  const ordered = [...axis.entries()].sort(([, a], [, b]) => a.start.localeCompare(b.start));
  const first = resolved[0]![0]!.figure;
  const scale = chartScale(resolved.flat().map((r) => r.figure));
  const onAxis = (n: number, figure: Figure) => toAxis(n, figure, first, scale);
  return {
    id: chart.id,
    title: chart.title,
    kind: chart.kind,
    unit: first.unit,
    axisTitle: axisTitle(first, scale),
    categories: ordered.map(([, p]) => p.axis),
    periods: ordered.map(([, p]) => p.heading),
    series: chart.series.map((series, i) => ({
      label: series.label ?? index.entities.get(resolved[i]![0]!.figure.entity)?.name ?? series.figures[0]!,
      points: ordered.map(([k]) => {
        const found = resolved[i]!.find((r) => key(r.period) === k);
        return found ? seriesPoint(found.figure, onAxis) : null;
      }),
    })),
    highlight: chart.highlight,
  };
}
