import { join } from 'node:path';
import { writeBriefings } from './briefing-folder.ts';
import { buildSite } from './build-site.ts';
import { tempDir } from './temp-dir.ts';

/**
 * Builds a site into a temporary folder from the given briefing files (name → MDX text), or from
 * the real content when none are given, and returns the output folder.
 */
export function buildTempSite(files?: Record<string, string>): string {
  const work = tempDir('briefing-site-');
  const outDir = join(work, 'dist');
  const briefingsDir = files ? writeBriefings(join(work, 'briefings'), files) : undefined;
  const result = buildSite(outDir, { briefingsDir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return outDir;
}
