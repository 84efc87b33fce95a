import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { briefingUrls } from '../lib/briefing-urls.ts';
import { sitemapXml } from '../lib/sitemap-xml.ts';

export const GET: APIRoute = async ({ site }) => {
  const briefings = await getCollection('briefings');
  const pages = [
    { url: new URL('/', site).href },
    ...briefings.flatMap((entry) => {
      const { page } = briefingUrls(entry.id);
      return [
        { url: new URL(page, site).href, lastmod: entry.data.updated },
        ...entry.data.sections.map((section) => ({
          url: new URL(`${page}${section.id}/`, site).href,
          lastmod: entry.data.updated,
        })),
      ];
    }),
  ];
  return new Response(sitemapXml(pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
