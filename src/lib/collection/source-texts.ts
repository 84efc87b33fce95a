import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeReadFailure } from '../errors/describe-read-failure.ts';
import type { SourceTexts } from '../validate/check-source-texts.ts';

/**
 * The folder of source texts to check quotes against: `--sources DIR` where a command takes it,
 * else `BRIEFING_SOURCES_DIR`; none by default (a fresh clone has no source texts).
 */
export function sourcesDir(
  given: string | undefined,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return given || env.BRIEFING_SOURCES_DIR || undefined;
}

/** Reads source texts from `folder` on demand, each file once; `root` only shortens the folder in messages. */
export function folderSourceTexts(folder: string, root: string): SourceTexts {
  const cache = new Map<string, string | { failure: string }>();
  const read = (file: string) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, readFileSync(join(folder, file), 'utf8'));
      } catch (error) {
        cache.set(file, { failure: describeReadFailure(error) });
      }
    }
    return cache.get(file)!;
  };
  const shown = relative(root, folder);
  return { folder: shown.startsWith('..') || shown === '' ? folder : shown, read };
}

/** Printed by `check` and `build` when no sources folder was given. */
export const noSourcesNote =
  'Quotes were not checked against source texts: no sources folder given (--sources DIR or BRIEFING_SOURCES_DIR)';
