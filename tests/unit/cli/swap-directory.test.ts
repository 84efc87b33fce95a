import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { swapDirectory } from '../../../src/cli/swap-directory.ts';

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

  test('clears a previous copy left behind by an interrupted swap', async () => {
    const staged = dir('staging', { 'index.html': 'new' });
    const target = dir('dist', { 'index.html': 'old' });
    dir('dist.previous', { 'index.html': 'leftover' });
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
});
