import type { Briefing } from '../../schemas/briefing.ts';
import type { Basis, Figure } from '../../schemas/figure.ts';
import { indexBriefing } from '../model/briefing-index.ts';
import { briefingUrls } from '../model/briefing-urls.ts';
import { buildChartView, type ChartView } from './chart-view.ts';
import { citationText } from './citation-text.ts';
import { buildClaimView, type ClaimView } from './claim-view.ts';
import { parseMdxBody } from '../validate/find-body-references.ts';
import { figurePeriod } from '../model/figure-period.ts';
import { figureChanges, previousValueNote, type FigureChange } from '../model/figure-changes.ts';
import { basisLabel, formatInline, formatValue, formatWithBasis } from '../model/format-figure.ts';
import { figureAnchor } from '../model/reserved-ids.ts';
import { citeSource, viewSource, type SourceView } from './source-view.ts';

export type { ChartView } from './chart-view.ts';
export type { ClaimView } from './claim-view.ts';
export { citeSource, type SourceView } from './source-view.ts';

export interface FigureView {
  id: string;
  anchor: string;
  label: string;
  entityName: string;
  /** "more than 30%" */
  value: string;
  /** As it reads in prose: "4.2% (projected)", or for a revised figure "4.8% (reported; was projected at 4.2%)". */
  inline: string;
  /** For a revised figure, its previous value: "was projected at 4.2%". */
  revised?: string;
  basis: Basis;
  basisLabel: string;
  period: string;
  sourceTitle: string;
  quote: string;
  /** Text for "Copy citation"; the page's URL is appended in the browser. */
  citation: string;
}

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
}

/** Everything a briefing page renders, computed once from validated data. */
export interface BriefingView {
  slug: string;
  title: string;
  summary: string;
  company: string;
  tickers: string[];
  asOf: string;
  updated?: string;
  disclaimer: string;
  figures: Map<string, FigureView>;
  keyFigures: FigureView[];
  charts: Map<string, ChartView>;
  claims: ClaimView[];
  /** Every revision of every figure, newest first, for the "What changed" list. */
  changes: FigureChange[];
  sections: SectionView[];
  sources: SourceView[];
  /** Where the page and its figures are published. */
  urls: { page: string; csv: string; json: string };
}

/** Builds the page's view of a validated briefing. */
export function buildBriefingView(slug: string, briefing: Briefing, body = ''): BriefingView {
  const index = indexBriefing(briefing);
  const urls = briefingUrls(slug);
  const references = parseMdxBody(body).references;
  const inSection = (id: string, component: 'Fig' | 'Chart') => [
    ...new Set(references.filter((r) => r.section === id && r.component === component).map((r) => r.id)),
  ];
  const sourceTitle = (id: string) => index.sources.get(id)?.title ?? id;

  const viewFigure = (figure: Figure): FigureView => {
    const revised = previousValueNote(figure);
    const inline = revised ? `${formatValue(figure)} (${figure.basis}; ${revised})` : formatInline(figure);
    return {
      id: figure.id,
      anchor: figureAnchor(figure.id),
      label: figure.label,
      entityName: index.entities.get(figure.entity)?.name ?? figure.entity,
      value: formatValue(figure),
      inline,
      revised,
      basis: figure.basis,
      basisLabel: basisLabel(figure.basis),
      period: figurePeriod(figure, index.entities).heading,
      sourceTitle: sourceTitle(figure.source),
      quote: figure.quote,
      citation: citationText({
        subject: figure.label,
        // A citation travels without the page around it, so it names the basis even when reported.
        value: revised ? inline : formatWithBasis(figure),
        source: citeSource(viewSource(index.sources.get(figure.source)!)),
        briefingTitle: briefing.title,
        asOf: briefing.asOf,
      }),
    };
  };
  const figures = new Map(briefing.figures.map((f) => [f.id, viewFigure(f)]));

  const charts = new Map(
    briefing.charts.map((chart) => [
      chart.id,
      buildChartView(chart, index, { pageUrl: urls.page, title: briefing.title, asOf: briefing.asOf }),
    ]),
  );

  const claims = briefing.claims.map((claim) => buildClaimView(claim, index));

  return {
    slug,
    title: briefing.title,
    summary: briefing.summary,
    company: briefing.subject.company,
    tickers: briefing.subject.tickers,
    asOf: briefing.asOf,
    updated: briefing.updated,
    disclaimer: briefing.disclaimer,
    figures,
    keyFigures: briefing.keyFigures.map((id) => figures.get(id)!),
    charts,
    claims,
    changes: briefing.figures.flatMap(figureChanges).sort((a, b) => b.date.localeCompare(a.date)),
    sections: briefing.sections.map((s) => ({
      id: s.id,
      title: s.title,
      level: s.level,
      aliases: s.aliases,
      charts: inSection(s.id, 'Chart'),
      figures: inSection(s.id, 'Fig'),
      shareUrl: `${urls.page}${s.id}/`,
    })),
    sources: briefing.sources.map(viewSource),
    urls,
  };
}
