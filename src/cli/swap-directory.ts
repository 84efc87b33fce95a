import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';

/** Where the last good copy waits while a new one is moved in. */
export const backupOf = (target: string) => `${target}.previous`;

/**
 * Puts back the last good copy that a swap interrupted between its two renames left aside (the
 * build was killed, the machine stopped): with no `target` but a backup, the backup is the site.
 * With both, the backup is an older copy than `target` and is removed. Returns whether it restored.
 */
export async function restoreInterruptedSwap(target: string): Promise<boolean> {
  const previous = backupOf(target);
  if (!existsSync(previous)) return false;
  if (existsSync(target)) {
    await rm(previous, { recursive: true, force: true });
    return false;
  }
  await rename(previous, target);
  return true;
}

export interface SwapOptions {
  /** Runs after the old copy is moved aside and before the new one is moved in. */
  onMovedAside?: () => void | Promise<void>;
}

/**
 * Replaces `target` with `staged`, never deleting the last good copy before the new one is in:
 * the old copy is renamed aside, the new one renamed in, then the old one deleted. A swap cut short
 * between the renames leaves the old copy aside, whole, and `restoreInterruptedSwap` (which the
 * build runs first, and which runs here too) puts it back.
 */
export async function swapDirectory(staged: string, target: string, options: SwapOptions = {}): Promise<void> {
  const previous = backupOf(target);
  await restoreInterruptedSwap(target);
  if (existsSync(target)) await rename(target, previous);
  try {
    await options.onMovedAside?.();
    await rename(staged, target);
  } catch (error) {
    if (existsSync(previous)) await rename(previous, target);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}
