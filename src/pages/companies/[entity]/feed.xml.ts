import type { APIRoute, GetStaticPaths } from 'astro';
import { briefingViews } from '../../../data/briefing-views.ts';
import { companyFeedPath, companyUrl } from '../../../lib/model/page-addresses.ts';
import { atomFeed } from '../../../lib/view/atom-feed.ts';
import type { BriefingView } from '../../../lib/view/briefing-view.ts';
import { siteName } from '../../../lib/view/share-image-spec.ts';

// One feed per company that a briefing is about, named by its entity id so its address is stable.
export const getStaticPaths = (async () => {
  const byCompany = Map.groupBy(await briefingViews(), (view) => view.entity);
  return [...byCompany].map(([entity, briefings]) => ({ params: { entity }, props: { briefings } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ briefings: BriefingView[] }, { entity: string }> = ({ site, params, props }) => {
  const company = props.briefings[0]!.company;
  return new Response(
    atomFeed({
      site: site!,
      path: companyFeedPath(params.entity),
      alternate: companyUrl(params.entity),
      title: `${company} · ${siteName}`,
      subtitle: `New and updated briefings about ${company}.`,
      briefings: props.briefings,
    }),
    { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } },
  );
};
