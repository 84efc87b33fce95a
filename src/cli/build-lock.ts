import { readFileSync } from 'node:fs';
import { open, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** Who holds a build lock: written into the lock file so that a waiting build can say so. */
export interface LockHolder {
  pid: number;
  /** ISO time the holder took the lock. */
  started: string;
}

export interface BuildLock {
  /** Removes the lock file; safe to call more than once. */
  release: () => Promise<void>;
}

export interface AcquireOptions {
  /** Called once when another live build holds the lock and this one starts waiting. */
  onWait?: (holder: LockHolder) => void;
  /** How often to look again while waiting, in milliseconds. */
  pollMs?: number;
  /** Give up after this many milliseconds of waiting. */
  timeoutMs?: number;
}

/** The holder recorded in a lock file, or undefined when the file is gone or unreadable. */
export function readLockHolder(lockFile: string): LockHolder | undefined {
  try {
    const holder = JSON.parse(readFileSync(lockFile, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' && typeof holder.started === 'string'
      ? { pid: holder.pid, started: holder.started }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lock file with no readable holder is one being written this instant, or one left half-written
 * by a build that died; after this long it is taken to be the latter.
 */
const unreadableAfterMs = 5_000;

async function olderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** Whether a process with this id is running on this machine. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the lock file of an output folder, waiting while another running build holds it.
 * The file is created exclusively, so of two builds started at once exactly one gets it; a lock
 * left by a build that no longer runs (killed, machine restarted) is taken over.
 */
export async function acquireBuildLock(lockFile: string, options: AcquireOptions = {}): Promise<BuildLock> {
  const { onWait, pollMs = 250, timeoutMs = 30 * 60_000 } = options;
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      const holder: LockHolder = { pid: process.pid, started: new Date().toISOString() };
      await handle.writeFile(JSON.stringify(holder));
      await handle.close();
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readLockHolder(lockFile);
    if (holder ? !isRunning(holder.pid) : await olderThan(lockFile, unreadableAfterMs)) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (holder && !told) {
      told = true;
      onWait?.(holder);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Another build (process ${holder?.pid ?? 'unknown'}) has held ${lockFile} for too long; ` +
          'if no build is running, delete that file and build again.',
      );
    }
    await sleep(pollMs);
  }
}
