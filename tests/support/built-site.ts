import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBriefings } from './briefing-folder.ts';
import { buildSite, projectRoot } from './build-site.ts';

export const realBriefingSlug = 'alibaba-ai-rally';

export function realBriefingSource(): string {
  return readFileSync(join(projectRoot, 'content/briefings', `${realBriefingSlug}.mdx`), 'utf8');
}

/**
 * Builds a site into a temporary folder from the given briefing files (name → MDX text), or from
 * the real content when none are given, and returns the output folder.
 */
export function buildTempSite(files?: Record<string, string>): string {
  const work = mkdtempSync(join(tmpdir(), 'briefing-site-'));
  const outDir = join(work, 'dist');
  let briefingsDir: string | undefined;
  if (files) briefingsDir = writeBriefings(join(work, 'briefings'), files);
  const result = buildSite(outDir, { briefingsDir });
  if (result.status !== 0) throw new Error(`build failed:\n${result.output}`);
  return outDir;
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (!signature.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
