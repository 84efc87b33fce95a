import type { Briefing } from '../../schemas/briefing.ts';
import { figureInline } from './format-figure.ts';

/** A piece of frontmatter text that the page shows: plain words, a figure reference or a name. */
export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'fig'; id: string; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'invalid'; text: string };

// The same tags as in the body: `<Fig id="x" />` shows a figure, `<Name>Qwen 2.5</Name>` marks a name.
const tagPattern = /<Fig\s+id="([^"]*)"\s*\/>|<Name>([^<]*)<\/Name>|<\/?[A-Za-z][^>]*>?/g;

/** Splits frontmatter text into plain words and its `<Fig id="…" />` and `<Name>…</Name>` tags. */
export function parseFigureText(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(tagPattern)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const [whole, id, name] = match;
    if (id !== undefined) segments.push({ kind: 'fig', id, text: whole });
    else if (name !== undefined) segments.push({ kind: 'name', text: name });
    else segments.push({ kind: 'invalid', text: whole });
    last = match.index + whole.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The text as a reader sees it: each figure reference replaced by the figure as it reads inline. */
export function renderFigureText(text: string, inline: (id: string) => string | undefined): string {
  if (!text.includes('<')) return text;
  return parseFigureText(text)
    .map((segment) => (segment.kind === 'fig' ? (inline(segment.id) ?? segment.text) : segment.text))
    .join('');
}

export type TextPath = (string | number)[];

/**
 * A copy of the briefing with `map` applied to every frontmatter text a page shows as prose: the
 * title, summary, as-of note and disclaimer, figure labels and revision notes, chart titles,
 * captions and source notes, claim statements and section titles. Names (companies, sources) and
 * periods are not prose and are left as they are.
 */
export function mapShownText(briefing: Briefing, map: (text: string, path: TextPath) => string): Briefing {
  return {
    ...briefing,
    title: map(briefing.title, ['title']),
    summary: map(briefing.summary, ['summary']),
    asOf: map(briefing.asOf, ['asOf']),
    disclaimer: map(briefing.disclaimer, ['disclaimer']),
    figures: briefing.figures.map((figure, i) => ({
      ...figure,
      label: map(figure.label, ['figures', i, 'label']),
      history: figure.history.map((revision, j) =>
        revision.note === undefined
          ? revision
          : { ...revision, note: map(revision.note, ['figures', i, 'history', j, 'note']) },
      ),
    })),
    charts: briefing.charts.map((chart, i) => ({
      ...chart,
      title: map(chart.title, ['charts', i, 'title']),
      caption: map(chart.caption, ['charts', i, 'caption']),
      ...(chart.sourceNote === undefined ? {} : { sourceNote: map(chart.sourceNote, ['charts', i, 'sourceNote']) }),
    })),
    claims: briefing.claims.map((claim, i) => ({
      ...claim,
      statement: map(claim.statement, ['claims', i, 'statement']),
    })),
    sections: briefing.sections.map((section, i) => ({
      ...section,
      title: map(section.title, ['sections', i, 'title']),
    })),
  };
}

/** Every frontmatter text a page shows as prose, with its path. */
export function shownTexts(briefing: Briefing): { text: string; path: TextPath }[] {
  const texts: { text: string; path: TextPath }[] = [];
  mapShownText(briefing, (text, path) => {
    texts.push({ text, path });
    return text;
  });
  return texts;
}

/**
 * Every frontmatter text a page shows as a name or label rather than prose, with its path: the
 * company, each source's publisher, what a figure is per or counts, series names and group labels.
 * They hold no `<Fig>`, so a number in one is a bare number.
 */
export function shownLabels(briefing: Briefing): { text: string; path: TextPath }[] {
  const labels: { text: string; path: TextPath }[] = [{ text: briefing.subject.company, path: ['subject', 'company'] }];
  briefing.authors?.forEach((author, i) => labels.push({ text: author, path: ['authors', i] }));
  briefing.sources.forEach((source, i) => {
    if (source.publisher) labels.push({ text: source.publisher, path: ['sources', i, 'publisher'] });
  });
  briefing.entities.forEach((entity, i) =>
    entity.listings?.forEach((listing, j) =>
      labels.push({ text: listing.exchange, path: ['entities', i, 'listings', j, 'exchange'] }),
    ),
  );
  briefing.figures.forEach((figure, i) => {
    if (figure.metricName) labels.push({ text: figure.metricName, path: ['figures', i, 'metricName'] });
    if (figure.per) labels.push({ text: figure.per, path: ['figures', i, 'per'] });
    if (figure.counts) labels.push({ text: figure.counts, path: ['figures', i, 'counts'] });
  });
  briefing.charts.forEach((chart, i) => {
    if (chart.kind === 'grouped-bar') {
      chart.series.forEach((name, j) => labels.push({ text: name, path: ['charts', i, 'series', j] }));
      chart.groups.forEach((group, j) => {
        if (group.label) labels.push({ text: group.label, path: ['charts', i, 'groups', j, 'label'] });
      });
    } else if (chart.kind !== 'bar') {
      chart.series.forEach((series, j) => {
        if (series.label) labels.push({ text: series.label, path: ['charts', i, 'series', j, 'label'] });
      });
    }
  });
  return labels;
}

declare const shownTextResolved: unique symbol;

/**
 * A checked briefing whose shown text reads as the page shows it, each `<Fig id="…" />` replaced
 * by its figure: the stage pages render. Only `resolveShownText` makes one, so text is resolved once.
 */
export type ResolvedBriefing = Briefing & { readonly [shownTextResolved]: true };

/** The briefing with every `<Fig id="…" />` in its shown text replaced by that figure as it reads inline. */
export function resolveShownText(briefing: Briefing): ResolvedBriefing {
  const figures = new Map(briefing.figures.map((figure) => [figure.id, figure]));
  const inline = (id: string) => {
    const figure = figures.get(id);
    return figure && figureInline(figure);
  };
  return mapShownText(briefing, (text) => renderFigureText(text, inline)) as ResolvedBriefing;
}
