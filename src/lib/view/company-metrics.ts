import type { Basis, Figure } from '../../schemas/figure.ts';
import type { MonthName } from '../../schemas/period.ts';
import { chartAnchor } from '../model/page-addresses.ts';
import { comparePeriodOrder, type FigurePeriod } from '../model/periods.ts';
import { metricIdInWords, metricName } from '../model/metric-names.ts';
import { andList } from '../model/format-number.ts';
import { currencyName } from '../chart/axes.ts';
import { chartPoints } from './company-chart-points.ts';
import { basisPlural, buildCompanyChartView, type CompanyChartView } from './company-chart-view.ts';

/** Where a figure appears: a briefing's section (or key figures), and a link straight to it. */
export interface Appearance {
  briefing: { title: string; url: string; published: string };
  where: { title: string; href: string };
}

/** One figure about a company as the briefings give it, before figures are grouped into metrics. */
export interface Found extends Appearance {
  /** The entity and metric it is filed under: "alibaba/revenue". */
  group: string;
  figure: Figure;
  period: FigurePeriod;
  /** The month the figure's entity ends its fiscal year in, if it says. */
  yearEnd?: MonthName;
  /** The name of the entity it is about (a segment or product of the company, or the company). */
  entityName: string;
  /** As the figure's own briefing formats it. */
  value: string;
  basisLabel: string;
  revised?: string;
  /** How a derived figure was computed, resolved in its own briefing. */
  derivation?: string;
  sources: string[];
}

/** One row of a metric's table: one value for one period, with every briefing that gives it. */
export interface CompanyFigureRow {
  /** The figure ids it stands for, in the briefings that give it. */
  ids: string[];
  period: string;
  value: string;
  basis: Basis;
  basisLabel: string;
  /** For a revised figure, its previous value: "was projected at 10%". */
  revised?: string;
  derivation?: string;
  /** Newest briefing first. */
  appearances: Appearance[];
}

/** Every figure on one metric of one entity, a row per period and value, with a chart when periods can be ordered. */
export interface CompanyMetric {
  anchor: string;
  title: string;
  rows: CompanyFigureRow[];
  chart?: CompanyChartView;
  /** Sentences a reader needs beside the table: what it lists that the chart leaves out, and amounts in two currencies. */
  notes: string[];
}

/**
 * What a reader must be told of a metric's table beyond its chart: bases the table lists and the
 * chart leaves out (estimates beside reported values), and amounts in more than one currency,
 * which are shown as each source gives them and never converted, so they cannot be compared.
 */
export function metricNotes(found: readonly Found[], charted: readonly Figure[]): string[] {
  const notes: string[] = [];
  const chartedBases = new Set(charted.map((f) => f.basis));
  const leftOut = [...new Set(found.map((f) => f.figure.basis))].filter((b) => !chartedBases.has(b));
  if (charted.length > 0 && leftOut.length > 0)
    notes.push(
      `The chart shows ${basisPlural[[...chartedBases][0]!]}; the table also lists ${andList(leftOut.map((b) => basisPlural[b]))}.`,
    );
  const byCurrency = Map.groupBy(
    [...found].sort((a, b) => comparePeriodOrder(a.period, b.period)).filter((f) => f.figure.unit === 'currency'),
    (f) => f.figure.currency ?? 'USD',
  );
  if (byCurrency.size > 1)
    notes.push(
      `Amounts are as each source gives them, in ${andList(
        [...byCurrency].map(
          ([currency, same]) =>
            `${currencyName(currency)} for ${andList([...new Set(same.map((f) => f.period.axis))])}`,
        ),
      )}; they are not converted, so amounts in different currencies cannot be compared.`,
    );
  return notes;
}

/** A metric's note in a table of several metrics, led by the metric's name: "Cloud revenue: amounts are…". */
export const namedNote = (title: string, note: string) => `${title}: ${note.charAt(0).toLowerCase()}${note.slice(1)}`;

/**
 * The rows of a metric's table, oldest period first: briefings that give one period the same value
 * on the same basis share a row, listing where each gives it (newest first, as `found` is ordered).
 */
export function metricRows(found: readonly Found[]): CompanyFigureRow[] {
  const rows: CompanyFigureRow[] = [];
  for (const f of [...found].sort((a, b) => comparePeriodOrder(a.period, b.period))) {
    const same = rows.find((r) => r.period === f.period.heading && r.value === f.value && r.basis === f.figure.basis);
    const appearance = { briefing: f.briefing, where: f.where };
    if (same) {
      if (!same.ids.includes(f.figure.id)) same.ids.push(f.figure.id);
      same.appearances.push(appearance);
      same.revised ??= f.revised;
      continue;
    }
    rows.push({
      ids: [f.figure.id],
      period: f.period.heading,
      value: f.value,
      basis: f.figure.basis,
      basisLabel: f.basisLabel,
      ...(f.revised ? { revised: f.revised } : {}),
      ...(f.derivation ? { derivation: f.derivation } : {}),
      appearances: [appearance],
    });
  }
  return rows;
}

/** One metric: its name, its table and its chart (keyed by `anchor`, which `group` gives). */
function companyMetric(
  group: string,
  found: readonly Found[],
  title: string,
  page: { url: string; name: string },
): CompanyMetric {
  const ordered = [...found].sort((a, b) => comparePeriodOrder(a.period, b.period));
  const anchor = `metric-${group.replace('/', '-')}`;
  const points = chartPoints(ordered);
  const charted = ordered.filter((f) => points.some((p) => p.figure === f.figure));
  const sources = [...new Set(charted.flatMap((f) => f.sources))];
  return {
    anchor,
    title,
    rows: metricRows(found),
    notes: metricNotes(
      found,
      points.flatMap((p) => (p.figure ? [p.figure] : [])),
    ),
    chart:
      points.length > 0
        ? buildCompanyChartView(
            { id: anchor, anchor: chartAnchor(anchor), title, pageUrl: page.url, company: page.name },
            points,
            sources,
          )
        : undefined,
  };
}

/**
 * The metrics of a company page (at `url`, the company `entity` called `name` and going by `names`), A to Z: one per
 * entity and metric its figures are filed under, each named by `metricName`. Metrics that take one
 * name (the company's "Revenue growth" and a segment's) are told apart by the segment's name, or
 * else by their metric in words, so each heading, and the landmark it names, is unique on the page.
 */
export function companyMetrics(
  found: readonly Found[],
  page: { url: string; entity: string; name: string; names: readonly string[] },
): CompanyMetric[] {
  const named = [...Map.groupBy(found, (f) => f.group)].map(([group, same]) => {
    const ordered = [...same].sort((a, b) => comparePeriodOrder(a.period, b.period));
    return {
      group,
      same,
      title: metricName(
        ordered.map((f) => f.figure),
        page.names,
      ),
    };
  });
  const count = Map.groupBy(named, (n) => n.title);
  return named
    .map(({ group, same, title }) => {
      const figure = same[0]!;
      const which =
        figure.figure.entity !== page.entity ? figure.entityName : metricIdInWords(figure.figure.metric).toLowerCase();
      return companyMetric(group, same, count.get(title)!.length > 1 ? `${title} (${which})` : title, page);
    })
    .sort((a, b) => a.title.localeCompare(b.title));
}
