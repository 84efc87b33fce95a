import { randomBytes } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A staging folder of this build's own beside the output folder (so the final swap is a rename on
 * one file system): `dist.staging-<pid>-<random>`, never shared with another build.
 */
export function stagingFolderFor(outDir: string): string {
  return `${outDir}.staging-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/**
 * Removes staging folders that earlier builds of `outDir` left behind (interrupted, or from before
 * staging folders had their own names). Called only while holding the output folder's lock, when
 * no other build of it is running, so every such folder is a leftover.
 */
export async function removeLeftoverStaging(outDir: string): Promise<string[]> {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.staging`;
  const names = (await readdir(parent).catch(() => [])).filter(
    (name) => name === prefix || name.startsWith(`${prefix}-`),
  );
  await Promise.all(names.map((name) => rm(join(parent, name), { recursive: true, force: true })));
  return names.map((name) => join(parent, name));
}
