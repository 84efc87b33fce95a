import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { figureRecords } from '../../../lib/downloads/figure-records.ts';
import { briefingPaths } from '../../../data/briefing-paths.ts';

export const getStaticPaths = briefingPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'> }> = ({ props }) => {
  const { entry } = props;
  const body = {
    briefing: entry.id,
    title: entry.data.title,
    asOf: entry.data.asOf,
    figures: figureRecords(entry.data),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
