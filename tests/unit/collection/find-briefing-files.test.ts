import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findBriefingFiles } from '../../../src/lib/collection/find-briefing-files.ts';

const root = mkdtempSync(join(tmpdir(), 'find-briefing-files-'));
const write = (path: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), '');
};
write('briefings/b.mdx');
write('briefings/nested/a.mdx');
write('briefings/notes.md');
write('briefings/draft.mdx.bak');
symlinkSync(join(root, 'briefings/b.mdx'), join(root, 'briefings/c-link.mdx'));
write('plain-file');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('findBriefingFiles', () => {
  test('finds every .mdx file below the folder, nested and linked ones included, in sorted order', async () => {
    expect(await findBriefingFiles(join(root, 'briefings'), root)).toEqual([
      join(root, 'briefings/b.mdx'),
      join(root, 'briefings/c-link.mdx'),
      join(root, 'briefings/nested/a.mdx'),
    ]);
  });

  test('finds nothing in a folder without briefings', async () => {
    mkdirSync(join(root, 'empty'));
    expect(await findBriefingFiles(join(root, 'empty'), root)).toEqual([]);
  });

  test('fails on a folder that does not exist, naming it', async () => {
    await expect(findBriefingFiles(join(root, 'missing'), root)).rejects.toThrow(
      'missing cannot be read as a folder of briefings: no such file or folder\n1 error in missing',
    );
  });

  test('fails on a file given as the folder, naming it', async () => {
    await expect(findBriefingFiles(join(root, 'plain-file'), root)).rejects.toMatchObject({
      name: 'BriefingContentError',
      file: 'plain-file',
      message: expect.stringContaining('plain-file cannot be read as a folder of briefings: it is not a folder'),
    });
  });
});
