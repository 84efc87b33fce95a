import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BriefingContentError } from '../errors/briefing-content-error.ts';
import { contentError } from '../errors/content-issue.ts';
import { describeReadFailure } from '../errors/describe-read-failure.ts';

/**
 * Every `.mdx` file below `dir` (symbolic links included), sorted so reports are stable. A folder
 * that cannot be read is an error naming it (relative to `root`), never an empty list.
 */
export async function findBriefingFiles(dir: string, root: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new BriefingContentError(relative(root, dir) || '.', [
      contentError([], `cannot be read as a folder of briefings: ${describeReadFailure(error)}`),
    ]);
  });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
