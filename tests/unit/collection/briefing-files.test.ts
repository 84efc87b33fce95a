import { describe, expect, test, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  briefingsDir,
  findBriefingFiles,
  fileNameIssues,
  validateBriefingFile,
} from '../../../src/lib/collection/briefing-files.ts';
import { readBriefingSource } from '../../support/briefings.ts';

describe('briefingsDir', () => {
  test('reads briefings from content/briefings by default', () => {
    expect(briefingsDir({})).toBe('content/briefings');
  });

  test('reads briefings from BRIEFINGS_DIR when it is set', () => {
    expect(briefingsDir({ BRIEFINGS_DIR: '/tmp/generated' })).toBe('/tmp/generated');
  });

  test('ignores an empty BRIEFINGS_DIR', () => {
    expect(briefingsDir({ BRIEFINGS_DIR: '' })).toBe('content/briefings');
  });
});

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

const folder = 'content/briefings';
const report = (files: string[], within: string | undefined = folder) =>
  Object.fromEntries(
    [...fileNameIssues(files, within)].map(([file, issues]) => [file, issues.map((i) => `${i.line} ${i.message}`)]),
  );

describe('fileNameIssues', () => {
  test('accepts plain slugs directly in the briefings folder', () => {
    expect(report([`${folder}/alibaba-ai-rally.mdx`, `${folder}/q3-2025.mdx`])).toEqual({});
  });

  test('refuses a briefing in a subfolder, whose address the site cannot make', () => {
    expect(report([`${folder}/2025/alibaba.mdx`])).toEqual({
      [`${folder}/2025/alibaba.mdx`]: [
        "1 expected the briefing directly in content/briefings/, found it in the subfolder 2025/: a briefing's address is its file name alone",
      ],
    });
  });

  test('refuses capitals, spaces and look-alike letters, naming the odd character', () => {
    expect(report([`${folder}/Alibaba.mdx`, `${folder}/ali baba.mdx`, `${folder}/\u0430libaba.mdx`])).toEqual({
      [`${folder}/Alibaba.mdx`]: [
        '1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "Alibaba.mdx": the page\'s address is made from the name',
      ],
      [`${folder}/ali baba.mdx`]: [
        '1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "ali baba.mdx": the page\'s address is made from the name',
      ],
      [`${folder}/\u0430libaba.mdx`]: [
        `1 expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx, found "\u0430libaba.mdx" with the character "\u0430" (U+0430), which looks like another: the page's address is made from the name`,
      ],
    });
  });

  test('refuses a name too long for the folders the site makes of it', () => {
    const name = `${'a'.repeat(81)}.mdx`;
    expect(report([`${folder}/${name}`])[`${folder}/${name}`]).toEqual([
      '1 expected a file name of at most 80 characters before .mdx, found one of 81',
    ]);
  });

  test('refuses two names that differ only in letter case, naming the other in each', () => {
    const issues = report([`${folder}/alibaba.mdx`, `${folder}/ALIBABA.mdx`]);
    expect(issues[`${folder}/alibaba.mdx`]).toEqual([
      `1 expected one briefing per name whatever its letter case, found "${folder}/ALIBABA.mdx" with the same name`,
    ]);
    expect(issues[`${folder}/ALIBABA.mdx`]).toContain(
      `1 expected one briefing per name whatever its letter case, found "${folder}/alibaba.mdx" with the same name`,
    );
  });

  test('without a folder, checks names only', () => {
    expect(report(['elsewhere/nested/ok.mdx'], undefined)).toEqual({});
  });
});

const minimal = readBriefingSource('minimal');
const fileRoot = mkdtempSync(join(tmpdir(), 'validate-briefing-file-'));
mkdirSync(join(fileRoot, 'briefings/folder.mdx'), { recursive: true });
writeFileSync(join(fileRoot, 'briefings/minimal.mdx'), minimal);
symlinkSync(join(fileRoot, 'briefings/gone.mdx'), join(fileRoot, 'briefings/dangling.mdx'));

afterAll(() => rmSync(fileRoot, { recursive: true, force: true }));

describe('validateBriefingFile', () => {
  test('validates a file, naming it by its path from the root', async () => {
    const result = await validateBriefingFile(join(fileRoot, 'briefings/minimal.mdx'), fileRoot);
    expect(result).toMatchObject({ file: 'briefings/minimal.mdx', text: minimal, errors: [], warnings: [] });
    expect(result.briefing?.title).toBe("Example Corp's widget rally");
  });

  test('returns the earlier validation while the text is unchanged, and a new one once it changes', async () => {
    const path = join(fileRoot, 'briefings/minimal.mdx');
    const earlier = await validateBriefingFile(path, fileRoot);
    expect(await validateBriefingFile(path, fileRoot, earlier)).toBe(earlier);
    writeFileSync(path, minimal.replace('    value: 25\n', '    value: "25"\n'));
    const changed = await validateBriefingFile(path, fileRoot, earlier);
    expect(changed).not.toBe(earlier);
    expect(changed.errors.map((e) => e.message)).toEqual(['expected a number, found the text "25"']);
    writeFileSync(path, minimal);
  });

  test('fails a file that cannot be read with an error saying why', async () => {
    expect(await validateBriefingFile(join(fileRoot, 'briefings/dangling.mdx'), fileRoot)).toEqual({
      file: 'briefings/dangling.mdx',
      text: '',
      data: undefined,
      body: '',
      errors: [{ severity: 'error', path: [], message: 'cannot be read: no such file or folder', line: undefined }],
      warnings: [],
      lineOf: expect.any(Function),
    });
    const folder = await validateBriefingFile(join(fileRoot, 'briefings/folder.mdx'), fileRoot);
    expect(folder.errors.map((e) => e.message)).toEqual(['cannot be read: it is a folder, not a file']);
  });
});
