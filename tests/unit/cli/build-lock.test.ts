import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { acquireBuildLock, lockAddress, readLockHolder } from '../../../src/cli/build-lock.ts';

let root: string;
let outDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'build-lock-'));
  outDir = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const lockModule = resolve(import.meta.dirname, '../../../src/cli/build-lock.ts');

/** A separate process that takes the lock, says so on stdout, and then sleeps until killed. */
function holderProcess(dir: string) {
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { acquireBuildLock } = await import(${JSON.stringify(lockModule)});
       await acquireBuildLock(${JSON.stringify(dir)});
       console.log('locked');
       setInterval(() => {}, 1000);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const locked = new Promise<void>((done) =>
    child.stdout.on('data', (chunk) => String(chunk).includes('locked') && done()),
  );
  return { child, locked };
}

describe('acquireBuildLock', () => {
  test('tells a build that asks who holds the lock, and lets it go on release', async () => {
    const lock = await acquireBuildLock(outDir);
    expect(await readLockHolder(lockAddress(outDir))).toEqual({ pid: process.pid, started: expect.any(String) });
    await lock.release();
    await lock.release();
    expect(await readLockHolder(lockAddress(outDir))).toBeUndefined();
  });

  test('waits while another build holds the lock, says so once, and takes it when released', async () => {
    const first = await acquireBuildLock(outDir);
    const waits: number[] = [];
    let acquired = false;
    const second = acquireBuildLock(outDir, { pollMs: 10, onWait: (holder) => waits.push(holder.pid) }).then((lock) => {
      acquired = true;
      return lock;
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(acquired).toBe(false);
    expect(waits).toEqual([process.pid]);
    await first.release();
    await (await second).release();
    expect(acquired).toBe(true);
  });

  test('locks each output folder on its own', async () => {
    const one = await acquireBuildLock(outDir);
    const other = await acquireBuildLock(join(root, 'elsewhere'), { timeoutMs: 0 });
    await Promise.all([one.release(), other.release()]);
  });

  test('gives up after its timeout with a message naming the holder', async () => {
    const first = await acquireBuildLock(outDir);
    await expect(acquireBuildLock(outDir, { pollMs: 10, timeoutMs: 50 })).rejects.toThrow(
      new RegExp(`^Another build \\(process ${process.pid}, started [^)]+\\) has been building ${outDir} for too long`),
    );
    await first.release();
  });

  test('is let go the moment a build holding it is killed', async () => {
    const { child, locked } = holderProcess(outDir);
    await locked;
    const waits: number[] = [];
    const waiting = acquireBuildLock(outDir, { pollMs: 20, onWait: (holder) => waits.push(holder.pid) });
    await new Promise((r) => setTimeout(r, 200));
    expect(waits).toEqual([child.pid]);
    child.kill('SIGKILL');
    const lock = await waiting;
    await lock.release();
  });

  test('is not blocked by a dist.lock file naming a live process that is no build', async () => {
    writeFileSync(`${outDir}.lock`, JSON.stringify({ pid: process.ppid, started: '2030-01-01T00:00:00.000Z' }));
    const lock = await acquireBuildLock(outDir, { timeoutMs: 0 });
    await lock.release();
  });
});

describe('lockAddress', () => {
  test('is an abstract socket on Linux and a high localhost port elsewhere, one per folder', () => {
    expect(lockAddress('/site/dist', 'linux')).toMatch(/^\0investor-briefings-build:[0-9a-f]{64}$/);
    expect(lockAddress('/site/dist', 'linux')).not.toBe(lockAddress('/site/other', 'linux'));
    const port = lockAddress('/site/dist', 'darwin') as number;
    expect(port).toBeGreaterThanOrEqual(49152);
    expect(port).toBeLessThan(65536);
  });
});
