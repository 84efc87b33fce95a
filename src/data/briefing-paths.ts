import { getCollection } from 'astro:content';

/** One static path per briefing, shared by the page and its data downloads. */
export async function briefingPaths() {
  const briefings = await getCollection('briefings');
  return briefings.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
