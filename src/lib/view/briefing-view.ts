import { figureInProseText, figureSize } from '../model/format-figure.ts';
import type { Listing } from '../../schemas/entity.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { briefingUrls } from '../model/page-addresses.ts';
import { parseMdxBody } from '../validate/body-references.ts';
import type { ResolvedBriefing } from '../model/shown-text.ts';
import { buildChartView, type ChartView } from './chart-view.ts';
import { buildChangeViews, type ChangeView, buildFigureView, type FigureView } from './figure-view.ts';
import { buildClaimView, type ClaimView } from './claim-view.ts';
import { sectionLeads } from './section-lead.ts';
import { newestSourceDate, viewSource, type SourceView } from './source-view.ts';

export interface SectionView {
  id: string;
  title: string;
  level: 2 | 3;
  aliases: string[];
  /** Ids of the charts placed in the section, in order. */
  charts: string[];
  /** Ids of the figures its prose cites, in order of first mention. */
  figures: string[];
  /** The section's share page. */
  shareUrl: string;
  /** Its first paragraph as plain text, up to a meta description's length: its share page's description. */
  lead: string;
}

/** Everything a briefing page renders, computed once from validated data. */
export interface BriefingView {
  slug: string;
  title: string;
  summary: string;
  company: string;
  /** The subject company's entity id. */
  entity: string;
  tickers: string[];
  /** Where the subject company's shares trade, as its entity lists them. */
  listings: Listing[];
  /** Who wrote it, when the briefing names them; and those names as a byline, "By A and B". */
  authors: string[];
  byline?: string;
  asOf: string;
  /** The date of the newest dated source (ISO): what the information is current to. */
  asOfDate?: string;
  /** ISO dates: first published, and last updated when edited since. */
  published: string;
  updated?: string;
  disclaimer: string;
  figures: Map<string, FigureView>;
  keyFigures: FigureView[];
  charts: Map<string, ChartView>;
  claims: ClaimView[];
  /** Every revision of every figure, newest first, for the "What changed" list. */
  changes: ChangeView[];
  sections: SectionView[];
  sources: SourceView[];
  /** Where the page and its figures are published. */
  urls: { page: string; csv: string; json: string };
}

const names = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** Builds the page's view of a checked briefing whose shown text is resolved. */
export function buildBriefingView(slug: string, briefing: ResolvedBriefing, body = ''): BriefingView {
  const index = indexBriefing(briefing);
  const urls = briefingUrls(slug);
  const parsed = parseMdxBody(body);
  const references = parsed.references;
  const inSection = (id: string, component: 'Fig' | 'Chart') => [
    ...new Set(references.filter((r) => r.section === id && r.component === component).map((r) => r.id)),
  ];
  const figures = new Map(briefing.figures.map((f) => [f.id, buildFigureView(f, index, briefing)]));

  const charts = new Map(
    briefing.charts.map((chart) => [
      chart.id,
      buildChartView(chart, index, { pageUrl: urls.page, title: briefing.title, asOf: briefing.asOf }),
    ]),
  );

  const leads = sectionLeads(parsed.tree, (id, show, said) => {
    const figure = figures.get(id)?.figure;
    return figure ? figureInProseText(show === 'size' ? figureSize(figure) : figure, said) : '';
  });

  const claims = briefing.claims.map((claim) => buildClaimView(claim, index));

  return {
    slug,
    title: briefing.title,
    summary: briefing.summary,
    company: briefing.subject.company,
    entity: briefing.subject.entity,
    tickers: briefing.subject.tickers,
    listings: briefing.entities.find((e) => e.id === briefing.subject.entity)?.listings ?? [],
    authors: briefing.authors ?? [],
    byline: briefing.authors && `By ${names.format(briefing.authors)}`,
    asOf: briefing.asOf,
    asOfDate: newestSourceDate(briefing.sources),
    published: briefing.published,
    updated: briefing.updated,
    disclaimer: briefing.disclaimer,
    figures,
    keyFigures: briefing.keyFigures.map((id) => figures.get(id)!),
    charts,
    claims,
    changes: buildChangeViews(briefing, index),
    sections: briefing.sections.map((s) => ({
      id: s.id,
      title: s.title,
      level: s.level,
      aliases: s.aliases,
      charts: inSection(s.id, 'Chart'),
      figures: inSection(s.id, 'Fig'),
      shareUrl: `${urls.page}${s.id}/`,
      lead: leads.get(s.id) ?? '',
    })),
    sources: briefing.sources.map(viewSource),
    urls,
  };
}
