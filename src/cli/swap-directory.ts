import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/**
 * Replaces `target` with `staged` so that `target` is never missing or half-written for long:
 * the old copy is moved aside, the new one moved in, then the old one deleted.
 */
export async function swapDirectory(staged: string, target: string): Promise<void> {
  const previous = `${target}.previous`;
  await rm(previous, { recursive: true, force: true });
  if (existsSync(target)) await rename(target, previous);
  try {
    await rename(staged, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
