import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { briefingPaths } from '../../../data/briefing-paths.ts';
import { figureRecords, type FigureRecord } from '../../../lib/downloads/figure-records.ts';
import { toCsv } from '../../../lib/downloads/to-csv.ts';

export const getStaticPaths = briefingPaths;

const columns: (keyof FigureRecord)[] = [
  'id',
  'label',
  'entity',
  'entity_name',
  'metric',
  'value',
  'unit',
  'currency',
  'precision',
  'display',
  'basis',
  'period',
  'period_start',
  'period_end',
  'as_of',
  'source',
  'source_title',
  'quote',
  'derived',
  'history',
];

export const GET: APIRoute<{ entry: CollectionEntry<'briefings'> }> = ({ props }) =>
  new Response(toCsv(figureRecords(props.entry.data), columns), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
