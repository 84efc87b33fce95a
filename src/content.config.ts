import { defineCollection } from 'astro:content';
import { briefingLoader } from './lib/collection/briefing-loader.ts';
import { briefingsDir } from './lib/collection/briefings-dir.ts';
import { sourcesDir } from './lib/collection/source-texts.ts';
import { briefingSchema } from './schemas/briefing.ts';

const briefings = defineCollection({
  loader: briefingLoader({
    base: briefingsDir(),
    strict: process.env.BRIEFINGS_STRICT === '1',
    sources: sourcesDir(undefined),
  }),
  schema: briefingSchema,
});

export const collections = { briefings };
