import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { briefingPaths } from '../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../data/drawn-ahead.ts';
import { shareImageJob, shareImageResponse } from '../../../lib/images/png-response.ts';
import { briefingShareImage } from '../../../lib/view/share-image-spec.ts';

const spec = (entry: CollectionEntry<'briefings'>) => briefingShareImage(briefingViewFor(entry));

export const getStaticPaths = async () =>
  drawnAhead(await briefingPaths(), ({ props }) => shareImageJob(spec(props.entry)));

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'> }> = ({ props: { entry } }) =>
  shareImageResponse(spec(entry));
