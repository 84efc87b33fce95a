import type { APIRoute } from 'astro';
import { publishedBriefings } from '../../data/published-briefings.ts';
import { shareImageResponse } from '../../lib/images/png-response.ts';
import { companyIndex } from '../../lib/view/briefing-list.ts';
import { companiesShareImage } from '../../lib/view/share-image-spec.ts';

export const GET: APIRoute = async () =>
  shareImageResponse(companiesShareImage(companyIndex(await publishedBriefings())));
