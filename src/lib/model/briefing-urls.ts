/** URLs of a briefing's page and its data downloads. */
export function briefingUrls(slug: string) {
  const page = `/briefings/${slug}/`;
  return { page, csv: `${page}figures.csv`, json: `${page}figures.json` };
}
