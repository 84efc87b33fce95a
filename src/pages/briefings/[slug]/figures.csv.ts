import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { briefingPaths } from '../../../data/briefing-paths.ts';
import { figureColumns, figureCsvRows, figureRecords } from '../../../lib/downloads/figure-records.ts';
import { csvFile } from '../../../lib/downloads/to-csv.ts';

export const getStaticPaths = briefingPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'> }> = ({ props }) =>
  new Response(csvFile(figureCsvRows(figureRecords(props.entry.data)), figureColumns), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
