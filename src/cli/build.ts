// Builds the site without ever losing the last good one: `npm run build [-- --strict]`.
// Pages are built into a staging folder and swapped into `dist/` only when the whole build
// succeeds; the content loader validates every briefing first and reports all their errors.
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { BriefingContentError, BriefingsContentError } from '../lib/errors/briefing-content-error.ts';
import { contentWarnings } from '../lib/collection/content-status.ts';
import { swapDirectory } from './swap-directory.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    outDir: { type: 'string', default: 'dist' },
  },
});
const root = process.cwd();
const outDir = resolve(root, values.outDir);
// Staged beside the output so the final swap is a rename on one file system.
const staging = `${outDir}.staging`;
if (values.strict) process.env.BRIEFINGS_STRICT = '1';

await rm(staging, { recursive: true, force: true });
try {
  // Astro's own logging is silenced: content errors and warnings are printed below, as `npm run check` prints them.
  await build({ root, outDir: staging, logLevel: 'silent' });
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  // Compared by name: Astro loads the content loader through its own module graph, so the
  // error's class is a different copy from the one imported here.
  const contentError =
    error instanceof Error && [BriefingsContentError.name, BriefingContentError.name].includes(error.name);
  console.error(contentError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : error);
  console.error(`Build failed: ${values.outDir}/ was left as it was.`);
  process.exit(1);
}
const warnings = contentWarnings();
if (warnings.length > 0) console.warn(['Warnings:', ...warnings.map((w) => `  ${w}`)].join('\n'));
await swapDirectory(staging, outDir);
console.log(`Built the site into ${values.outDir}/`);
