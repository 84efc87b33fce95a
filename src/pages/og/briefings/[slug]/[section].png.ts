import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { sectionPaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { shareImageResponse } from '../../../../lib/images/png-response.ts';
import { sectionShareImage } from '../../../../lib/view/share-image-spec.ts';

export const getStaticPaths = sectionPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'>; sectionId: string }> = ({
  props: { entry, sectionId },
}) => shareImageResponse(sectionShareImage(briefingViewFor(entry), sectionId));
