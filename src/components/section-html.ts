/** Marks where a section starts and ends in rendered HTML, so one render can serve every share page. */
export function sectionMarkers(sectionId: string): { start: string; end: string } {
  return { start: `<!--section:${sectionId}-->`, end: `<!--/section:${sectionId}-->` };
}

/** The HTML of one marked section, cut from the HTML of the whole briefing body. */
export function sectionHtml(html: string, sectionId: string): string {
  const { start, end } = sectionMarkers(sectionId);
  const from = html.indexOf(start);
  const to = html.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`Section "${sectionId}" was not found in the rendered briefing`);
  return html.slice(from + start.length, to);
}
