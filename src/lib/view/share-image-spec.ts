import { withBasis } from '../model/format-figure.ts';
import { basisSaid } from '../model/basis-in-words.ts';
import type { ChartConfiguration } from 'chart.js';
import { plural } from '../errors/wording.ts';
import type { BriefingView } from './briefing-view.ts';
import type { CompanyPage } from './company-pages.ts';
import type { FigureView } from './figure-view.ts';

/** What a share image shows, where it is published and how it is described. */
export interface ShareImageSpec {
  /** Site path of the PNG. */
  path: string;
  /** Alt text, written from the data the image draws. */
  alt: string;
  eyebrow: string;
  title: string;
  subtitle: string;
  chart?: ChartConfiguration;
  keyFigure?: { value: string; label: string };
}

export const siteName = 'Investor Briefings';

/** Alt text is read as sentences: each ends with a full stop, as the chart summaries do. */
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** A figure as a share image prints it large: its value, and its label with the basis unless reported. */
function keyFigure(figure: FigureView): { value: string; label: string } {
  return { value: figure.value, label: withBasis(figure.label, figure.basis, { said: basisSaid(figure.label) }) };
}

/** The briefing's own image: its title with its first key figure. */
export function briefingShareImage(view: BriefingView): ShareImageSpec {
  const figure = view.keyFigures[0];
  return {
    path: `/og${view.urls.page.replace(/\/$/, '')}.png`,
    alt: sentence(figure ? `${view.title}. ${figure.label}: ${figure.inline}` : view.title),
    eyebrow: siteName,
    title: view.title,
    subtitle: view.asOf,
    keyFigure: figure && keyFigure(figure),
  };
}

/** The most bars a card draws: more, and a card's height cannot keep their names and values apart. */
export const cardBars = 8;

/** True when a chart fits a card: at most `cardBars` bars (or periods) in all. */
export function fitsACard(chart: ChartConfiguration): boolean {
  return (
    chart.data.datasets.reduce((bars, dataset) => bars + dataset.data.filter((v) => v !== null).length, 0) <= cardBars
  );
}

/**
 * A section's image: its first chart when it has one and it fits a card, drawn from the same configuration as the
 * page; otherwise its title with the first figure its prose cites (or the briefing's first key figure).
 */
export function sectionShareImage(view: BriefingView, sectionId: string): ShareImageSpec {
  const section = view.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Unknown section id "${sectionId}"`);
  const path = `/og${view.urls.page}${section.id}.png`;
  const first = section.charts[0] ? view.charts.get(section.charts[0]) : undefined;
  const chart = first && fitsACard(first.config) ? first : undefined;
  const base = { path, eyebrow: view.title, title: section.title, subtitle: view.asOf };
  if (chart) return { ...base, alt: sentence(chart.summary), chart: chart.config };
  const figure = (section.figures[0] && view.figures.get(section.figures[0])) || view.keyFigures[0];
  if (!figure) return { ...base, alt: sentence(`${view.title}. ${section.title}`) };
  return {
    ...base,
    alt: sentence(`${view.title}. ${section.title}. ${figure.label}: ${figure.inline}`),
    keyFigure: keyFigure(figure),
  };
}

/** The home page's image: the site name and what it offers. */
export function homeShareImage(count: number): ShareImageSpec {
  return {
    path: '/og/home.png',
    alt: sentence(`${siteName}: ${plural(count, 'sourced briefing')} on listed companies`),
    eyebrow: siteName,
    title: 'Sourced briefings on listed companies',
    subtitle: 'Every figure traced to its source and checked before it is published.',
  };
}

/** The company index's image: the site name and how many companies (and market indexes) it lists. */
export function companiesShareImage(listed: readonly { kind: 'company' | 'index' }[]): ShareImageSpec {
  const companies = listed.filter((entry) => entry.kind === 'company').length;
  const indexes = listed.length - companies;
  const counted = [
    ...(companies > 0 ? [plural(companies, 'company', 'companies')] : []),
    ...(indexes > 0 ? [plural(indexes, 'index', 'indexes')] : []),
  ].join(' and ');
  return {
    path: '/og/companies.png',
    alt: sentence(`${siteName}: ${counted} with ${listed.length === 1 ? 'its' : 'their'} briefings`),
    eyebrow: siteName,
    title: 'Companies',
    subtitle: 'Every company the briefings are about or cite, with its briefings.',
  };
}

/** A company page's image: its name and briefings, with its first chart over periods when it has one. */
export function companyShareImage(page: CompanyPage): ShareImageSpec {
  const chart = page.metrics.find((metric) => metric.chart && fitsACard(metric.chart.config))?.chart;
  // A company the briefings only mention has briefings and no figures: its card says only the former.
  const subtitle = [
    plural(page.briefings.length, 'briefing'),
    ...(page.figureCount > 0 ? [plural(page.figureCount, 'figure')] : []),
  ].join(', ');
  const base = { path: `/og${page.url.replace(/\/$/, '')}.png`, eyebrow: siteName, title: page.name, subtitle };
  // A card with a chart names the metric it draws, after the company.
  return chart
    ? {
        ...base,
        title: `${page.name}: ${chart.title}`,
        alt: sentence(`${page.name}: ${chart.summary}`),
        chart: chart.config,
      }
    : { ...base, alt: sentence(`${page.name}: ${subtitle}`) };
}
