import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { shareImageResponse } from '../../lib/images/png-response.ts';
import { homeShareImage } from '../../lib/view/share-image-spec.ts';

export const GET: APIRoute = async () => shareImageResponse(homeShareImage((await getCollection('briefings')).length));
