import type { APIRoute } from 'astro';
import { briefingViews } from '../data/briefing-views.ts';
import { siteFeedPath } from '../lib/model/page-addresses.ts';
import { atomFeed } from '../lib/view/atom-feed.ts';
import { siteName } from '../lib/view/share-image-spec.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(
    atomFeed({
      site: site!,
      path: siteFeedPath,
      alternate: '/',
      title: siteName,
      subtitle: 'New and updated briefings on listed companies, every figure traced to its source.',
      briefings: await briefingViews(),
    }),
    { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
  );
