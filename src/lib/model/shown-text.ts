import type { Briefing } from '../../schemas/briefing.ts';

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
