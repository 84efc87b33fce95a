import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { briefingPaths } from '../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../data/briefing-view-for.ts';
import { shareImageResponse } from '../../../lib/images/png-response.ts';
import { briefingShareImage } from '../../../lib/view/share-image-spec.ts';

export const getStaticPaths = briefingPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'> }> = ({ props: { entry } }) =>
  shareImageResponse(briefingShareImage(briefingViewFor(entry)));
