import type { Briefing } from '../../schemas/briefing.ts';
import type { Entity, Listing } from '../../schemas/entity.ts';
import type { Figure } from '../../schemas/figure.ts';
import { indexBriefing, chartFigureIds } from '../model/briefing-index.ts';
import { derivationText } from '../model/format-figure.ts';
import { companyFeedPath, companyUrl } from '../model/page-addresses.ts';
import { figurePeriod } from '../model/periods.ts';
import { entityLineage, fiscalYearEndOf } from '../model/entities.ts';
import type { BriefingView } from './briefing-view.ts';
import { briefingList, briefingRole, listedKind, type BriefingListItem } from './briefing-list.ts';
import { citeSource } from './source-view.ts';
import { companyMetrics, type CompanyMetric, type Found } from './company-metrics.ts';
import { fiscalYearNote } from './fiscal-year-note.ts';

export type { CompanyFigureRow, CompanyMetric } from './company-metrics.ts';

/** A briefing with the view its page is rendered from. */
export interface BriefingWithView {
  briefing: Briefing;
  view: BriefingView;
}

/** Everything a company page (`/companies/<entity>/`) shows. */
export interface CompanyPage {
  entity: string;
  name: string;
  /** Its name as a sentence writes it: an index takes "the" ("every figure about the Hang Seng Tech Index"). */
  nameInText: string;
  kind: Entity['kind'];
  /** Names briefings list among its aliases. */
  otherNames: string[];
  /** Where its shares trade, as the briefings list them. */
  listings: Listing[];
  /** When its fiscal year is not the calendar year: how its fiscal periods are named. */
  fiscalYear?: string;
  url: string;
  /** Its Atom feed, for a company at least one briefing is about. */
  feed?: string;
  /**
   * Newest first; `about` marks the briefings whose subject it is, and `role` says so in the words
   * of its kind, as the company index does: "about the company", "cites the index".
   */
  briefings: (BriefingListItem & { about: boolean; role: string })[];
  /** A to Z; those with a chart over periods, then the rest, are shown apart. */
  metrics: CompanyMetric[];
  /** How many figures the briefings give about it. */
  figureCount: number;
}

/** The section a figure appears in: the first whose prose cites it, else the first that charts it. */
function whereShown({ briefing, view }: BriefingWithView, figure: Figure): Found['where'] {
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

  const companies = new Map<
    string,
    { entity: Entity; names: string[]; listings: Listing[]; yearEnd?: Entity['fiscalYearEnd'] }
  >();
  for (const { item } of [...ordered].reverse()) {
    for (const entity of item.briefing.entities) {
      const subject = entity.id === item.briefing.subject.entity;
      if (entity.kind !== 'company' && entity.kind !== 'index' && !subject) continue;
      const known = companies.get(entity.id) ?? { entity, names: [], listings: [] };
      known.names.push(entity.name, ...(entity.aliases ?? []));
      known.yearEnd ??= entity.fiscalYearEnd;
      for (const listing of entity.listings ?? [])
        if (!known.listings.some((l) => l.exchange === listing.exchange && l.ticker === listing.ticker))
          known.listings.push(listing);
      companies.set(entity.id, known);
    }
  }

  // One pass over the briefings and their figures, filed under every company a figure is about
  // (a segment's figures under the company too), rather than one pass per company.
  const briefingsOf = new Map<string, CompanyPage['briefings']>();
  const foundFor = new Map<string, Found[]>();
  const file = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const { listed, item } of ordered) {
    for (const entity of new Map(item.briefing.entities.map((e) => [e.id, e])).values()) {
      const about = item.briefing.subject.entity === entity.id;
      file(briefingsOf, entity.id, { ...listed, about, role: briefingRole(about, listedKind(entity.kind)) });
    }
    const index = indexBriefing(item.briefing);
    for (const figure of item.briefing.figures) {
      const view = item.view.figures.get(figure.id)!;
      const source = item.view.sources.find((s) => s.id === figure.source);
      const found: Found = {
        group: `${figure.entity}/${figure.metric}`,
        figure,
        period: figurePeriod(figure, index.entities),
        yearEnd: fiscalYearEndOf(figure.entity, index.entities),
        entityName: index.entities.get(figure.entity)?.name ?? figure.entity,
        value: view.value,
        basisLabel: view.basisLabel,
        ...(view.revised ? { revised: view.revised } : {}),
        ...(figure.derived ? { derivation: derivationText(figure, index.figures) } : {}),
        sources: source ? [citeSource(source)] : [],
        briefing: { title: listed.title, url: listed.url, published: listed.published },
        where: whereShown(item, figure),
      };
      for (const id of new Set(entityLineage(figure.entity, index.entities).map((e) => e.id)))
        if (companies.has(id)) file(foundFor, id, found);
    }
  }

  return [...companies.values()]
    .map(({ entity, names, listings, yearEnd }): CompanyPage => {
      const name = names.find((n) => !aliases.has(n)) ?? entity.name;
      const url = companyUrl(entity.id);
      const briefings = briefingsOf.get(entity.id) ?? [];
      const found = foundFor.get(entity.id) ?? [];
      const fiscalYear = yearEnd && fiscalYearNote(name, yearEnd, found);
      return {
        entity: entity.id,
        name,
        nameInText: entity.kind === 'index' && !/^the\s/i.test(name) ? `the ${name}` : name,
        kind: entity.kind,
        otherNames: [...new Set(names)].filter((n) => n !== name),
        listings,
        ...(fiscalYear ? { fiscalYear } : {}),
        url,
        feed: briefings.some((b) => b.about) ? companyFeedPath(entity.id) : undefined,
        briefings,
        metrics: companyMetrics(found, { url, entity: entity.id, name, names: [...new Set(names)] }),
        figureCount: found.length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
