import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { removeLeftoverStaging, stagingFolderFor } from '../../../src/cli/staging-folders.ts';

let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'staging-folders-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('stagingFolderFor', () => {
  test('names a folder beside the output that carries this process and a random part', () => {
    const outDir = join(root, 'dist');
    const a = stagingFolderFor(outDir);
    expect(a.startsWith(`${outDir}.staging-${process.pid}-`)).toBe(true);
    expect(stagingFolderFor(outDir)).not.toBe(a);
  });
});

describe('removeLeftoverStaging', () => {
  test("removes this output's staging folders, old-style and new, and nothing else", async () => {
    const outDir = join(root, 'dist');
    for (const name of ['dist', 'dist.staging', 'dist.staging-12-ab12cd34', 'dist-other.staging', 'distx.staging-1'])
      mkdirSync(join(root, name));
    const removed = await removeLeftoverStaging(outDir);
    expect(removed.map((p) => basename(p)).sort()).toEqual(['dist.staging', 'dist.staging-12-ab12cd34']);
    expect(['dist', 'dist-other.staging', 'distx.staging-1'].every((n) => existsSync(join(root, n)))).toBe(true);
    expect(existsSync(join(root, 'dist.staging'))).toBe(false);
  });

  test('does nothing when the parent folder does not exist yet', async () => {
    expect(await removeLeftoverStaging(join(root, 'missing', 'dist'))).toEqual([]);
  });
});
