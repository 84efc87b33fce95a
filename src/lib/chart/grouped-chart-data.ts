import type { GroupedBarChart } from '../../schemas/chart.ts';
import type { Unit } from '../../schemas/figure.ts';
import type { BriefingIndex } from '../model/briefing-index.ts';
import { seriesPoint, type SeriesPoint } from './series-point.ts';

/** Everything the config and table builders need about a grouped bar chart. */
export interface GroupedChartData {
  id: string;
  title: string;
  unit: Unit;
  /** The series' names, in the order each group lists its figures. */
  series: string[];
  /** One per category: its name and one point per series. */
  groups: { label: string; points: SeriesPoint[] }[];
}

/** Resolves a validated grouped bar chart's figures. */
export function groupedChartData(chart: GroupedBarChart, index: BriefingIndex): GroupedChartData {
  const groups = chart.groups.map((group) => {
    const figures = group.figures.map((id) => index.figures.get(id)!);
    const first = figures[0]!;
    return {
      label: group.label ?? index.entities.get(first.entity)?.name ?? first.entity,
      points: figures.map(seriesPoint),
    };
  });
  const unit = index.figures.get(chart.groups[0]!.figures[0]!)!.unit;
  return { id: chart.id, title: chart.title, unit, series: chart.series, groups };
}
