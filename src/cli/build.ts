// Builds the site without ever losing the last good one: `npm run build [-- --strict] [--sources DIR ...]`.
// Pages are built into a staging folder of this build's own, indexed for search there, and
// swapped into `dist/` only when the whole build succeeds; the content loader validates every briefing first and reports all
// their errors. A lock on the output folder, held by the kernel for as long as this process lives,
// makes a second build started meanwhile wait its turn.
import { relative, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { build } from 'astro';
import { BriefingContentError, BriefingsContentError } from '../lib/errors/content-issue.ts';
import { chartLayoutProblems, contentWarnings } from '../lib/collection/content-status.ts';
import { noSourcesNote, resolveSourcesDirs, sourcesDir } from '../lib/collection/source-texts.ts';
import { acquireBuildLock } from './build-lock.ts';
import { removeLeftoverStaging, stagingFolderFor } from './staging-folders.ts';
import { backupOf, restoreInterruptedSwap, swapDirectory } from './swap-directory.ts';
import { writeSearchIndex } from './write-search-index.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    outDir: { type: 'string', default: 'dist' },
    sources: { type: 'string', multiple: true },
  },
});
const root = process.cwd();
const outDir = resolve(root, values.outDir);
if (values.strict) process.env.BRIEFINGS_STRICT = '1';
// The content loader reads the sources folder from the environment, as in `astro dev`.
const sources = sourcesDir(values.sources);
if (sources) process.env.BRIEFING_SOURCES_DIR = resolveSourcesDirs(sources, root);

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const lock = await acquireBuildLock(outDir, {
  onWait: (holder) =>
    console.log(
      `Another build (process ${holder.pid}, started ${holder.started}) is building ${values.outDir}/; ` +
        'waiting for it to finish.',
    ),
});
// A build killed mid-swap left the last good site aside: it is put back before anything else.
if (await restoreInterruptedSwap(outDir))
  console.log(
    `Restored ${relative(root, outDir)}/ from ${relative(root, backupOf(outDir))}, left aside by an interrupted build.`,
  );
// A dist.lock file beside the output folder locks nothing (the kernel holds the lock): it goes.
await rm(`${outDir}.lock`, { force: true });
/** This build's own staging folder, swapped into the output folder when the whole build succeeds. */
const staging = stagingFolderFor(outDir);
const exitCode = await buildSite().finally(lock.release);
if (exitCode !== 0) {
  // The build renders several pages at a time, and Astro lets the others run on after one fails:
  // they are stopped here, and their staging folder removed once more in the same step, so no page
  // still under way writes into it after it was discarded.
  try {
    rmSync(staging, { recursive: true, force: true });
  } catch {
    // Named already, if it could not be removed: the next build removes it.
  }
  process.exit(exitCode);
}

async function buildSite(): Promise<number> {
  let timings: string;
  await removeLeftoverStaging(outDir);
  try {
    // Astro's own logging is silenced: content errors and warnings are printed below, as `npm run check` prints them.
    const started = performance.now();
    await build({ root, outDir: staging, logLevel: 'silent' });
    const built = performance.now();
    const indexed = await writeSearchIndex(staging);
    timings = `pages and images ${seconds(built - started)}, search index of ${indexed} pages ${seconds(performance.now() - built)}`;
  } catch (error) {
    await discard(staging);
    // Compared by name: Astro loads the content loader through its own module graph, so the
    // error's class is a different copy from the one imported here.
    const contentError =
      error instanceof Error && [BriefingsContentError.name, BriefingContentError.name].includes(error.name);
    // Errors thrown inside a Vite plugin (the MDX guard) reach here with the stack in the message.
    const message = (text: string) => text.replace(/\n\s+at [^\n]*/g, '');
    console.error(
      contentError
        ? message(error.message)
        : error instanceof Error
          ? `${error.name}: ${message(error.message)}`
          : error,
    );
    console.error(`Build failed: ${values.outDir}/ was left as it was.`);
    return 1;
  }
  // Charts that do not read well at some size: errors under --strict (nothing is published), warnings otherwise.
  const layouts = chartLayoutProblems();
  if (values.strict && layouts.length > 0) {
    await discard(staging);
    console.error(['Charts that do not read well:', ...layouts.map((line) => `  ${line}`)].join('\n'));
    console.error(`Build failed (--strict): ${values.outDir}/ was left as it was.`);
    return 1;
  }
  const warnings = [...contentWarnings(), ...layouts];
  if (warnings.length > 0) console.warn(['Warnings:', ...warnings.map((w) => `  ${w}`)].join('\n'));
  if (!sources) console.log(noSourcesNote);
  await swapDirectory(staging, outDir);
  console.log(`Built the site into ${values.outDir}/ (${timings}).`);
  return 0;
}

/**
 * Removes a failed build's staging folder. A folder that cannot be removed is named and left (the
 * next build clears leftovers first), so the error that failed the build is the one reported.
 */
async function discard(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true }).catch((error: unknown) =>
    console.error(
      `Could not remove ${relative(root, staging)}/ (${error instanceof Error ? error.message : String(error)}); the next build removes it.`,
    ),
  );
}
