import { getCollection } from 'astro:content';

/** One static path per briefing, shared by the page and its data downloads. */
export async function briefingPaths() {
  const briefings = await getCollection('briefings');
  return briefings.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

/** One static path per section of every briefing, for the sections' share pages. */
export async function sectionPaths() {
  const briefings = await getCollection('briefings');
  return briefings.flatMap((entry) =>
    entry.data.sections.map((section) => ({
      params: { slug: entry.id, section: section.id },
      props: { entry, sectionId: section.id },
    })),
  );
}
