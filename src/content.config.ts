import { defineCollection } from 'astro:content';
import { briefingLoader } from './lib/briefing-loader.ts';
import { briefingSchema } from './schemas/briefing.ts';

const briefings = defineCollection({
  loader: briefingLoader({ base: './content/briefings' }),
  schema: briefingSchema,
});

export const collections = { briefings };
