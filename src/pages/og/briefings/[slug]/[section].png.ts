import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { sectionPaths } from '../../../../data/briefing-paths.ts';
import { briefingViewFor } from '../../../../data/briefing-view-for.ts';
import { drawnAhead } from '../../../../data/drawn-ahead.ts';
import { shareImageJob, shareImageResponse } from '../../../../lib/images/png-response.ts';
import { sectionShareImage } from '../../../../lib/view/share-image-spec.ts';

interface Props {
  entry: CollectionEntry<'briefings'>;
  sectionId: string;
}

const spec = ({ entry, sectionId }: Props) => sectionShareImage(briefingViewFor(entry), sectionId);

export const getStaticPaths = async () => drawnAhead(await sectionPaths(), ({ props }) => shareImageJob(spec(props)));

export const GET: APIRoute<Props> = ({ props }) => shareImageResponse(spec(props));
