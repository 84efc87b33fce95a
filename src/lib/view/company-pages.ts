import type { Briefing } from '../../schemas/briefing.ts';
import type { Entity } from '../../schemas/entity.ts';
import type { Basis, Figure } from '../../schemas/figure.ts';
import { indexBriefing, chartFigureIds } from '../model/briefing-index.ts';
import { derivationText } from '../model/format-figure.ts';
import { companyFeedPath, companyUrl, chartAnchor } from '../model/page-addresses.ts';
import {
  comparePeriods,
  figurePeriod,
  type FigurePeriod,
  comparePeriodOrder,
  periodsBetween,
  resolvePeriod,
  type SteppedPeriod,
} from '../model/periods.ts';
import type { MonthName } from '../../schemas/period.ts';
import { entityLineage, fiscalYearEndOf } from '../model/entities.ts';
import { incomparability } from '../model/measures.ts';
import { type PeriodPoint, buildCompanyChartView, type CompanyChartView } from './company-chart-view.ts';
import type { BriefingView } from './briefing-view.ts';
import { briefingList, type BriefingListItem } from './briefing-list.ts';
import { citeSource } from './source-view.ts';

/** A briefing with the view its page is rendered from. */
export interface BriefingWithView {
  briefing: Briefing;
  view: BriefingView;
}

/** One figure on a company page, linked to the briefing and section it comes from. */
export interface CompanyFigureRow {
  id: string;
  label: string;
  value: string;
  basis: Basis;
  basisLabel: string;
  /** For a revised figure, its previous value: "was projected at 10%". */
  revised?: string;
  period: string;
  briefing: { title: string; url: string; published: string };
  /** The section that cites the figure (or shows it in a chart), and a link straight to it. */
  where: { title: string; href: string };
}

/** Every figure on one metric of one entity, ordered by period, with a chart when periods can be ordered. */
export interface CompanyMetric {
  anchor: string;
  title: string;
  rows: CompanyFigureRow[];
  chart?: CompanyChartView;
}

/** Everything a company page (`/companies/<entity>/`) shows. */
export interface CompanyPage {
  entity: string;
  name: string;
  kind: Entity['kind'];
  /** Names briefings list among its aliases. */
  otherNames: string[];
  url: string;
  /** Its Atom feed, for a company at least one briefing is about. */
  feed?: string;
  /** Newest first; `about` marks the briefings whose subject it is. */
  briefings: (BriefingListItem & { about: boolean })[];
  metrics: CompanyMetric[];
}

interface Found {
  figure: Figure;
  period: FigurePeriod;
  /** The month the figure's entity ends its fiscal year in, if it says. */
  yearEnd?: MonthName;
  row: CompanyFigureRow;
  sources: string[];
  /** How a derived figure was computed, resolved in its own briefing. */
  derivation?: string;
}

const basisRank: Record<Basis, number> = { reported: 0, estimate: 1, projected: 2 };

/** The section a figure appears in: the first whose prose cites it, else the first that charts it. */
function whereShown({ briefing, view }: BriefingWithView, figure: Figure): CompanyFigureRow['where'] {
  const cited = view.sections.find((s) => s.figures.includes(figure.id));
  if (cited) return { title: cited.title, href: `${view.urls.page}#${cited.id}` };
  const charted = briefing.charts.find((c) => chartFigureIds(c).includes(figure.id));
  const section = charted && view.sections.find((s) => s.charts.includes(charted.id));
  if (section) return { title: section.title, href: `${view.urls.page}#${section.id}` };
  const key = view.keyFigures.find((f) => f.id === figure.id);
  if (key) return { title: 'Key figures', href: `${view.urls.page}#${key.anchor}` };
  return { title: view.title, href: view.urls.page };
}

/**
 * The points a metric's chart draws: one per dated, closed period, of one basis (reported values
 * where at least two periods have one, else the latest estimate or projection of each period), so
 * a series never mixes what was reported with what was expected; comparable with the latest by
 * the rule a briefing's own charts follow (`incomparability`) and of its period kind, and only
 * when at least two periods follow one another without overlapping. Quarters, halves, years and
 * months are drawn with every period between the first and the last, those without a figure
 * included, so periods with a gap between them never sit side by side.
 */
function chartPoints(found: readonly Found[]): PeriodPoint[] {
  const dated = found.filter((f) => f.period.range?.end && typeof f.figure.period !== 'string');
  const latest = dated.at(-1);
  if (!latest || typeof latest.figure.period === 'string') return [];
  const latestPeriod = latest.figure.period;
  const like = dated.filter(
    (f) =>
      typeof f.figure.period !== 'string' &&
      f.figure.period.kind === latestPeriod.kind &&
      incomparability(f.figure, latest.figure) === undefined,
  );
  const byPeriod = Map.groupBy(like, (f) => `${f.period.range!.start}/${f.period.range!.end}`);
  const best = [...byPeriod.values()].map(
    (same) =>
      [...same].sort(
        (a, b) =>
          basisRank[a.figure.basis] - basisRank[b.figure.basis] ||
          b.row.briefing.published.localeCompare(a.row.briefing.published),
      )[0]!,
  );
  const reported = best.filter((p) => p.figure.basis === 'reported');
  const points = reported.length >= 2 ? reported : best.filter((p) => p.figure.basis !== 'reported');
  const ordered = points.every(
    (p, i) => i === 0 || comparePeriods(points[i - 1]!.period.range!, p.period.range!) === -1,
  );
  if (points.length < 2 || !ordered) return [];
  const drawn = points.map(({ figure, period, derivation }): PeriodPoint => ({ figure, period, derivation }));
  if (!['quarter', 'half', 'year', 'month'].includes(latestPeriod.kind)) return drawn;
  const every = periodsBetween(
    points[0]!.period.range!.start,
    latest.period.range!.start,
    latestPeriod as SteppedPeriod,
    latest.yearEnd,
  );
  if (every.length === 0) return drawn;
  return every.map((period) => {
    const resolved = resolvePeriod(period, latest.yearEnd);
    return drawn.find((p) => p.period.range!.start === resolved.range!.start) ?? { period: resolved };
  });
}

/**
 * Metrics whose figures share a label (one entity's "Cloud growth" and its segment's) are told
 * apart by their entity and metric ids, so each section's heading, and the landmark it names, is
 * unique on the page.
 */
export function distinctTitles(metrics: readonly CompanyMetric[]): CompanyMetric[] {
  const count = Map.groupBy(metrics, (m) => m.title);
  return metrics.map((m) =>
    count.get(m.title)!.length > 1 ? { ...m, title: `${m.title} (${m.anchor.replace(/^metric-/, '')})` } : m,
  );
}

/**
 * The company pages: one for every company or index that a briefing is about or cites, with its
 * briefings newest first and every figure about it (or its segments and products) across the
 * briefings, grouped by entity and metric and ordered by period, each linked to where it appears.
 * Its name is the one no briefing lists as an alias (checked to be the same everywhere).
 */
export function companyPages(items: readonly BriefingWithView[]): CompanyPage[] {
  const newestFirst = briefingList(items.map(({ briefing, view }) => ({ slug: view.slug, briefing })));
  const bySlug = new Map(items.map((item) => [item.view.slug, item]));
  const ordered = newestFirst.map((listed) => ({ listed, item: bySlug.get(listed.slug)! }));
  const aliases = new Set(items.flatMap(({ briefing }) => briefing.entities.flatMap((e) => e.aliases ?? [])));

  const companies = new Map<string, { entity: Entity; names: string[] }>();
  for (const { item } of [...ordered].reverse()) {
    for (const entity of item.briefing.entities) {
      const subject = entity.id === item.briefing.subject.entity;
      if (entity.kind !== 'company' && entity.kind !== 'index' && !subject) continue;
      const known = companies.get(entity.id) ?? { entity, names: [] };
      known.names.push(entity.name, ...(entity.aliases ?? []));
      companies.set(entity.id, known);
    }
  }

  // One pass over the briefings and their figures, filed under every company a figure is about
  // (a segment's figures under the company too), rather than one pass per company.
  const briefingsOf = new Map<string, (BriefingListItem & { about: boolean })[]>();
  const foundFor = new Map<string, (Found & { group: string })[]>();
  const file = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const { listed, item } of ordered) {
    for (const entity of new Set(item.briefing.entities.map((e) => e.id)))
      file(briefingsOf, entity, { ...listed, about: item.briefing.subject.entity === entity });
    const index = indexBriefing(item.briefing);
    for (const figure of item.briefing.figures) {
      const view = item.view.figures.get(figure.id)!;
      const source = item.view.sources.find((s) => s.id === figure.source);
      const found: Found & { group: string } = {
        group: `${figure.entity}/${figure.metric}`,
        figure,
        period: figurePeriod(figure, index.entities),
        yearEnd: fiscalYearEndOf(figure.entity, index.entities),
        derivation: derivationText(figure, index.figures),
        sources: source ? [citeSource(source)] : [],
        row: {
          id: figure.id,
          label: figure.label,
          value: view.value,
          basis: view.basis,
          basisLabel: view.basisLabel,
          revised: view.revised,
          period: view.period,
          briefing: { title: listed.title, url: listed.url, published: listed.published },
          where: whereShown(item, figure),
        },
      };
      for (const id of new Set(entityLineage(figure.entity, index.entities).map((e) => e.id)))
        if (companies.has(id)) file(foundFor, id, found);
    }
  }

  return [...companies.values()]
    .map(({ entity, names }): CompanyPage => {
      const name = names.find((n) => !aliases.has(n)) ?? entity.name;
      const url = companyUrl(entity.id);
      const briefings = briefingsOf.get(entity.id) ?? [];
      const found = foundFor.get(entity.id) ?? [];

      const metrics = [...Map.groupBy(found, (f) => f.group)].map(([group, same]): CompanyMetric => {
        // Stable sort: within a period, the newest briefing comes first, as `found` is ordered.
        const rows = [...same].sort((a, b) => comparePeriodOrder(a.period, b.period));
        const anchor = `metric-${group.replace('/', '-')}`;
        const title = same[0]!.row.label;
        const points = chartPoints(rows);
        const sources = [
          ...new Set(rows.filter((r) => points.some((p) => p.figure === r.figure)).flatMap((r) => r.sources)),
        ];
        return {
          anchor,
          title,
          rows: rows.map((r) => r.row),
          chart:
            points.length > 0
              ? buildCompanyChartView({ id: anchor, anchor: chartAnchor(anchor), title, pageUrl: url }, points, sources)
              : undefined,
        };
      });

      return {
        entity: entity.id,
        name,
        kind: entity.kind,
        otherNames: [...new Set(names)].filter((n) => n !== name),
        url,
        feed: briefings.some((b) => b.about) ? companyFeedPath(entity.id) : undefined,
        briefings,
        metrics: distinctTitles(metrics).sort((a, b) => a.title.localeCompare(b.title)),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
