import type { Briefing } from '../schemas/briefing.ts';
import type { Basis, Figure } from '../schemas/figure.ts';
import type { Source } from '../schemas/source.ts';
import { indexBriefing } from './briefing-index.ts';
import { briefingUrls } from './briefing-urls.ts';
import { buildChartConfig } from './build-chart-config.ts';
import { darkChartTheme, lightChartTheme } from './chart-theme.ts';
import { buildDataTable, type DataTable } from './build-data-table.ts';
import { chartRows, type ChartRow } from './chart-rows.ts';
import { describeSourceDate } from './describe-source-date.ts';
import { citationText } from './citation-text.ts';
import { evaluateClaim } from './evaluate-claim.ts';
import { parseMdxBody } from './find-body-references.ts';
import { figureChanges, previousValueNote, type FigureChange } from './figure-changes.ts';
import { basisLabel, formatInline, formatValue } from './format-figure.ts';
import { chartAnchor, claimAnchor, figureAnchor } from './reserved-ids.ts';

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

export interface ChartView {
  id: string;
  anchor: string;
  title: string;
  caption: string;
  sourceLine: string;
  /** One sentence naming every bar's value, for the canvas's accessible name. */
  summary: string;
  rows: number;
  /** Text for "Copy citation"; the page's URL is appended in the browser. */
  citation: string;
  /** The static image printed in place of the canvas, and the CSS size it is drawn for. */
  printImage: { path: string; width: number; height: number; scale: number };
  /** Chart.js configurations for the light and dark colour schemes. */
  config: ReturnType<typeof buildChartConfig>;
  darkConfig: ReturnType<typeof buildChartConfig>;
  table: DataTable;
}

export interface ClaimView {
  id: string;
  anchor: string;
  statement: string;
  /** The figures behind the claim: "more than 30% vs 30%". */
  evidence: string;
}

export interface SourceView {
  id: string;
  title: string;
  /** Absent when the source does not name its publisher. */
  publisher?: string;
  /** The date, or "Undated". */
  date: string;
  dateNote?: string;
  url?: string;
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

function viewSource(source: Source): SourceView {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    date: describeSourceDate(source.date),
    dateNote: typeof source.date === 'string' ? undefined : source.date.note,
    url: source.url,
  };
}

/** Print images are drawn at the width of an A4 or Letter text column, twice over for sharpness. */
function printImageSize(rows: number) {
  return { width: 640, height: 70 + 48 * rows, scale: 2 };
}

/** A source in one line: "Title, Publisher (2025-02-14)" or "Title (undated)". */
export function citeSource(source: SourceView): string {
  const publisher = source.publisher ? `, ${source.publisher}` : '';
  return `${source.title}${publisher} (${source.date === 'Undated' ? 'undated' : source.date})`;
}

function rowSentence(row: ChartRow): string {
  return row.kind === 'unstated'
    ? `${row.label}: not stated, ${row.note.split(';')[0]}`
    : `${row.label}: ${row.display}${row.basis && row.basis !== 'reported' ? ` (${row.basis})` : ''}`;
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
      period: figure.period,
      sourceTitle: sourceTitle(figure.source),
      quote: figure.quote,
      citation: citationText({
        subject: figure.label,
        value: inline,
        source: citeSource(viewSource(index.sources.get(figure.source)!)),
        briefingTitle: briefing.title,
        asOf: briefing.asOf,
      }),
    };
  };
  const figures = new Map(briefing.figures.map((f) => [f.id, viewFigure(f)]));

  const charts = new Map(
    briefing.charts.map((chart) => {
      const data = chartRows(chart, index);
      const sourceIds = new Set(
        chart.items.flatMap((item) => ('figure' in item ? [index.figures.get(item.figure)!.source] : [])),
      );
      const sources = [...sourceIds].map((id) => citeSource(viewSource(index.sources.get(id)!)));
      const view: ChartView = {
        id: chart.id,
        anchor: chartAnchor(chart.id),
        title: chart.title,
        caption: chart.caption,
        sourceLine: `Source: ${sources.join('; ')}.${chart.sourceNote ? ` ${chart.sourceNote}` : ''}`,
        summary: `${chart.title}. ${data.rows.map(rowSentence).join('. ')}.`,
        rows: data.rows.length,
        printImage: { path: `${urls.page}charts/${chart.id}.png`, ...printImageSize(data.rows.length) },
        citation: citationText({
          subject: chart.title,
          source: sources.join('; '),
          briefingTitle: briefing.title,
          asOf: briefing.asOf,
        }),
        config: buildChartConfig(data, lightChartTheme),
        darkConfig: buildChartConfig(data, darkChartTheme),
        table: buildDataTable(data),
      };
      return [chart.id, view];
    }),
  );

  const claims = briefing.claims.map((claim): ClaimView => {
    const result = evaluateClaim(claim, index);
    const evidence = result.steps
      .map((step) => {
        const right =
          'figure' in step.other
            ? `${step.other.figure.label} ${formatValue(step.other.figure)}`
            : `${step.other.entityName} (no number stated)`;
        return `${step.figure.label} ${formatValue(step.figure)} vs ${right}`;
      })
      .join('; ');
    return { id: claim.id, anchor: claimAnchor(claim.id), statement: claim.statement, evidence };
  });

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
