import { readFileSync } from 'node:fs';
import { delimiter, join, relative, resolve } from 'node:path';
import { describeReadFailure } from '../errors/wording.ts';
import type { SourceTexts } from '../validate/check-source-texts.ts';

/**
 * The folder of source texts to check quotes against: `--sources DIR` where a command takes it,
 * else `BRIEFING_SOURCES_DIR`; none by default (a fresh clone has no source texts).
 */
export function sourcesDir(
  given: string | readonly string[] | undefined,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  // Several folders (`--sources A --sources B`) travel as one list, as PATH does.
  const list = (typeof given === 'string' ? [given] : (given ?? [])).filter(Boolean);
  return list.join(delimiter) || env.BRIEFING_SOURCES_DIR || undefined;
}

/** A list of source folders (see `sourcesDir`), each resolved against `root`. */
export function resolveSourcesDirs(dirs: string, root: string): string {
  return dirs
    .split(delimiter)
    .filter(Boolean)
    .map((dir) => resolve(root, dir))
    .join(delimiter);
}

/**
 * Reads source texts on demand from `folders` (one folder, or several as `sourcesDir` lists them,
 * searched in order), each file once; `root` only shortens the folders in messages.
 */
export function folderSourceTexts(folders: string, root: string): SourceTexts {
  const dirs = folders.split(delimiter).filter(Boolean);
  const cache = new Map<string, string | { failure: string }>();
  const readOne = (dir: string, file: string): string | { failure: string } => {
    try {
      return readFileSync(join(dir, file), 'utf8');
    } catch (error) {
      return { failure: describeReadFailure(error) };
    }
  };
  const read = (file: string) => {
    if (!cache.has(file)) {
      const attempts = dirs.map((dir) => readOne(dir, file));
      // The first folder that has the file; else why the first folder's could not be read.
      cache.set(
        file,
        attempts.find((a) => typeof a === 'string') ?? attempts[0] ?? { failure: 'no such file or folder' },
      );
    }
    return cache.get(file)!;
  };
  const shown = (dir: string) => {
    const rel = relative(root, dir);
    return rel.startsWith('..') || rel === '' ? dir : rel;
  };
  return { folder: dirs.map(shown).join(' or '), read };
}

/** Printed by `check` and `build` when no sources folder was given. */
export const noSourcesNote =
  'Quotes were not checked against source texts: no sources folder given (--sources DIR or BRIEFING_SOURCES_DIR)';
