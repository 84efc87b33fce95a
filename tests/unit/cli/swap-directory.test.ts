import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { restoreInterruptedSwap, swapDirectory } from '../../../src/cli/swap-directory.ts';

let root: string;
const dir = (name: string, files: Record<string, string>) => {
  mkdirSync(join(root, name));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(root, name, file), text);
  return join(root, name);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swap-directory-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const swapModule = resolve(import.meta.dirname, '../../../src/cli/swap-directory.ts');

/** Runs a swap in a process of its own that is killed (SIGKILL) between the two renames. */
function swapKilledMidway(staged: string, target: string) {
  return spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { swapDirectory } = await import(${JSON.stringify(swapModule)});
       await swapDirectory(${JSON.stringify(staged)}, ${JSON.stringify(target)}, {
         onMovedAside: () => process.kill(process.pid, 'SIGKILL'),
       });`,
    ],
    { encoding: 'utf8' },
  );
}

describe('swapDirectory', () => {
  test('replaces the target with the staged folder and removes the old copy', async () => {
    const staged = dir('staging', { 'index.html': 'new' });
    const target = dir('dist', { 'index.html': 'old', 'stale.html': 'gone' });
    await swapDirectory(staged, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(target, 'stale.html'))).toBe(false);
    expect(existsSync(staged)).toBe(false);
    expect(existsSync(`${target}.previous`)).toBe(false);
  });

  test('moves the staged folder in when there is no target yet', async () => {
    const staged = dir('staging', { 'index.html': 'first' });
    const target = join(root, 'dist');
    await swapDirectory(staged, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('first');
  });

  test('clears an older copy left beside a whole target', async () => {
    const staged = dir('staging', { 'index.html': 'new' });
    const target = dir('dist', { 'index.html': 'old' });
    dir('dist.previous', { 'index.html': 'older' });
    await swapDirectory(staged, target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(`${target}.previous`)).toBe(false);
  });

  test('puts the old target back and rethrows when the staged folder cannot be moved in', async () => {
    const target = dir('dist', { 'index.html': 'old' });
    await expect(swapDirectory(join(root, 'missing'), target)).rejects.toThrow(/ENOENT/);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(`${target}.previous`)).toBe(false);
  });

  test('killed between its renames, leaves the last good copy whole, and the next swap keeps it until the new one is in', async () => {
    const target = dir('dist', { 'index.html': 'good' });
    const killed = swapKilledMidway(dir('staging', { 'index.html': 'half' }), target);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(target)).toBe(false);
    expect(readFileSync(join(`${target}.previous`, 'index.html'), 'utf8')).toBe('good');
    // The next build's swap dies at the same point: the good copy is still there, aside.
    const again = swapKilledMidway(dir('staging-2', { 'index.html': 'half again' }), target);
    expect(again.signal).toBe('SIGKILL');
    expect(readFileSync(join(`${target}.previous`, 'index.html'), 'utf8')).toBe('good');
    await swapDirectory(dir('staging-3', { 'index.html': 'new' }), target);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('new');
  });
});

describe('restoreInterruptedSwap', () => {
  test('puts back the copy a killed swap left aside', async () => {
    const target = dir('dist', { 'index.html': 'good' });
    expect(swapKilledMidway(dir('staging', { 'index.html': 'half' }), target).signal).toBe('SIGKILL');
    expect(await restoreInterruptedSwap(target)).toBe(true);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('good');
    expect(existsSync(`${target}.previous`)).toBe(false);
  });

  test('does nothing without a copy aside, and removes one older than a whole target', async () => {
    const target = dir('dist', { 'index.html': 'current' });
    expect(await restoreInterruptedSwap(target)).toBe(false);
    dir('dist.previous', { 'index.html': 'older' });
    expect(await restoreInterruptedSwap(target)).toBe(false);
    expect(readFileSync(join(target, 'index.html'), 'utf8')).toBe('current');
    expect(existsSync(`${target}.previous`)).toBe(false);
  });
});
