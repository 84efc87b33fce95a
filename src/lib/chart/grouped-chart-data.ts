import type { GroupedBarChart } from '../../schemas/chart.ts';
import type { Figure, Unit } from '../../schemas/figure.ts';
import { chartScale, toAxis } from './axis-scale.ts';
import { axisTitle } from './axis-title.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { seriesPoint, type SeriesPoint } from './plotted-figure.ts';

/** Everything the config and table builders need about a grouped bar chart. */
export interface GroupedChartData {
  id: string;
  title: string;
  unit: Unit;
  /** The value axis's title, with scale and currency: "Billion Chinese yuan". */
  axisTitle: string;
  /** The series' names, in the order each group lists its figures. */
  series: string[];
  /** One per category: its name and one point per series. */
  groups: { label: string; points: SeriesPoint[] }[];
}

/** Resolves a validated grouped bar chart's figures. */
export function groupedChartData(chart: GroupedBarChart, index: BriefingIndex): GroupedChartData {
  const all = chart.groups.flatMap((group) => group.figures.map((id) => index.figures.get(id)!));
  const first = all[0]!;
  const scale = chartScale(all);
  const onAxis = (n: number, figure: Figure) => toAxis(n, figure, first, scale);
  const groups = chart.groups.map((group) => {
    const figures = group.figures.map((id) => index.figures.get(id)!);
    const first = figures[0]!;
    return {
      label: group.label ?? index.entities.get(first.entity)?.name ?? first.entity,
      points: figures.map((figure) => seriesPoint(figure, onAxis)),
    };
  });
  return {
    id: chart.id,
    title: chart.title,
    unit: first.unit,
    axisTitle: axisTitle(first, scale),
    series: chart.series,
    groups,
  };
}
