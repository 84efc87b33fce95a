import { checkedFigure } from './checked-figure.ts';
import type { Briefing } from '../../src/schemas/briefing.ts';
import type { BarChart } from '../../src/schemas/chart.ts';
import type { FigureInput } from '../../src/schemas/figure.ts';
import { loadBriefing } from './briefings.ts';

/** A fictional figure of Example Corp in percent; tests override what they need. */
const base: FigureInput = {
  id: 'x',
  label: 'Example figure',
  entity: 'example-corp',
  metric: 'change',
  value: 1,
  unit: 'percent',
  period: 'This year',
  basis: 'reported',
  source: 'trade-report',
  quote: '1%',
};

/**
 * The minimal briefing with its figures replaced by `figures` (each over a fictional base) and one
 * bar chart, `moves`, drawing them all, the first highlighted. Entities are given in turn.
 */
export function briefingWithFigures(figures: Partial<FigureInput>[]): { briefing: Briefing; chart: BarChart } {
  const minimal = loadBriefing('minimal');
  const entities = ['example-corp', 'sample-inc', 'demo-ltd', 'widget-index'];
  const parsed = figures.map((f, i) => checkedFigure({ ...base, entity: entities[i % 4], ...f }));
  const chart: BarChart = {
    id: 'moves',
    kind: 'bar',
    title: 'Moves',
    caption: 'Moves this year.',
    items: parsed.map((f) => ({ figure: f.id })),
    highlight: parsed[0]!.id,
  };
  return { briefing: { ...minimal, figures: parsed, charts: [chart], claims: [] }, chart };
}
