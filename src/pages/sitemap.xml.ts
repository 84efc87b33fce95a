import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { briefingUrls } from '../lib/model/briefing-urls.ts';
import { sitemapXml } from '../lib/view/sitemap-xml.ts';

// Only canonical pages: a section's share page names the full briefing as its canonical page.
export const GET: APIRoute = async ({ site }) => {
  const briefings = await getCollection('briefings');
  const pages = [
    { url: new URL('/', site).href },
    { url: new URL('/companies/', site).href },
    ...briefings.map((entry) => ({
      url: new URL(briefingUrls(entry.id).page, site).href,
      lastmod: entry.data.updated ?? entry.data.published,
    })),
  ];
  return new Response(sitemapXml(pages), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
