import { defineCollection } from 'astro:content';
import { briefingLoader } from './lib/collection/briefing-loader.ts';
import { briefingsDir } from './lib/collection/briefing-files.ts';
import { sourcesDir } from './lib/collection/source-texts.ts';
import { resolveShownText } from './lib/model/shown-text.ts';
import { checkedBriefingSchema } from './schemas/briefing.ts';

// Astro evaluates this file itself, so the build's settings reach it through the environment:
// `npm run build` sets BRIEFINGS_STRICT=1 for `--strict` and BRIEFING_SOURCES_DIR for `--sources`;
// BRIEFINGS_DIR moves the briefings folder (tests and benchmarks build generated briefings).
const briefings = defineCollection({
  loader: briefingLoader({
    base: briefingsDir(),
    strict: process.env.BRIEFINGS_STRICT === '1',
    sources: sourcesDir(undefined),
  }),
  // Entries are checked briefings, their shown text resolved once here as pages read it.
  schema: checkedBriefingSchema.transform(resolveShownText),
});

export const collections = { briefings };
