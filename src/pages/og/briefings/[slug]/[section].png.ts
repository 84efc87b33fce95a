import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { sectionPaths } from '../../../../data/briefing-paths.ts';
import { buildBriefingView } from '../../../../lib/briefing-view.ts';
import { shareImageResponse } from '../../../../lib/png-response.ts';
import { sectionShareImage } from '../../../../lib/share-image-spec.ts';

export const getStaticPaths = sectionPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'>; sectionId: string }> = ({ props: { entry, sectionId } }) =>
  shareImageResponse(sectionShareImage(buildBriefingView(entry.id, entry.data, entry.body), sectionId));
