import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acquireBuildLock, isRunning, readLockHolder } from '../../../src/cli/build-lock.ts';

let root: string;
let lockFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-lock-'));
  lockFile = join(root, 'dist.lock');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The id of a process that has finished, so no process runs under it (until the id is reused). */
async function finishedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((done) => child.on('exit', done));
  return child.pid!;
}

describe('acquireBuildLock', () => {
  test('writes this process as the holder and removes the file on release', async () => {
    const lock = await acquireBuildLock(lockFile);
    expect(readLockHolder(lockFile)).toEqual({ pid: process.pid, started: expect.any(String) });
    await lock.release();
    await lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  test('waits while a running build holds the lock, says so once, and takes it when released', async () => {
    const first = await acquireBuildLock(lockFile);
    const waits: number[] = [];
    let acquired = false;
    const second = acquireBuildLock(lockFile, { pollMs: 10, onWait: (holder) => waits.push(holder.pid) }).then(
      (lock) => {
        acquired = true;
        return lock;
      },
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(acquired).toBe(false);
    expect(waits).toEqual([process.pid]);
    await first.release();
    await (await second).release();
    expect(acquired).toBe(true);
  });

  test('gives up after its timeout with a message naming the holder and the lock file', async () => {
    const first = await acquireBuildLock(lockFile);
    await expect(acquireBuildLock(lockFile, { pollMs: 10, timeoutMs: 50 })).rejects.toThrow(
      `Another build (process ${process.pid}) has held ${lockFile} for too long; if no build is running, delete that file and build again.`,
    );
    await first.release();
  });

  test('takes over a lock left by a build that no longer runs', async () => {
    const pid = await finishedPid();
    writeFileSync(lockFile, JSON.stringify({ pid, started: '2030-01-01T00:00:00.000Z' }));
    const waits: number[] = [];
    const lock = await acquireBuildLock(lockFile, { onWait: (h) => waits.push(h.pid) });
    expect(waits).toEqual([]);
    expect(readLockHolder(lockFile)?.pid).toBe(process.pid);
    await lock.release();
  });

  test('takes over a half-written lock file once it is a few seconds old, not before', async () => {
    writeFileSync(lockFile, '{"pid":');
    await expect(acquireBuildLock(lockFile, { pollMs: 10, timeoutMs: 50 })).rejects.toThrow(/process unknown/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFile, old, old);
    const lock = await acquireBuildLock(lockFile, { pollMs: 10, timeoutMs: 50 });
    expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});

describe('isRunning', () => {
  test('tells a running process from a finished one', async () => {
    expect(isRunning(process.pid)).toBe(true);
    expect(isRunning(await finishedPid())).toBe(false);
  });
});
