import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { validateBriefingFile } from '../../../src/lib/collection/validate-briefing-file.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const minimal = readBriefingSource('minimal');
const root = mkdtempSync(join(tmpdir(), 'validate-briefing-file-'));
mkdirSync(join(root, 'briefings/folder.mdx'), { recursive: true });
writeFileSync(join(root, 'briefings/minimal.mdx'), minimal);
symlinkSync(join(root, 'briefings/gone.mdx'), join(root, 'briefings/dangling.mdx'));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('validateBriefingFile', () => {
  test('validates a file, naming it by its path from the root', async () => {
    const result = await validateBriefingFile(join(root, 'briefings/minimal.mdx'), root);
    expect(result).toMatchObject({ file: 'briefings/minimal.mdx', text: minimal, errors: [], warnings: [] });
    expect(result.briefing?.title).toBe("Example Corp's widget rally");
  });

  test('returns the earlier validation while the text is unchanged, and a new one once it changes', async () => {
    const path = join(root, 'briefings/minimal.mdx');
    const earlier = await validateBriefingFile(path, root);
    expect(await validateBriefingFile(path, root, earlier)).toBe(earlier);
    writeFileSync(path, minimal.replace('    value: 25\n', '    value: "25"\n'));
    const changed = await validateBriefingFile(path, root, earlier);
    expect(changed).not.toBe(earlier);
    expect(changed.errors.map((e) => e.message)).toEqual(['expected a number, found the text "25"']);
    writeFileSync(path, minimal);
  });

  test('fails a file that cannot be read with an error saying why', async () => {
    expect(await validateBriefingFile(join(root, 'briefings/dangling.mdx'), root)).toEqual({
      file: 'briefings/dangling.mdx',
      text: '',
      data: undefined,
      body: '',
      errors: [{ severity: 'error', path: [], message: 'cannot be read: no such file or folder', line: undefined }],
      warnings: [],
      lineOf: expect.any(Function),
    });
    const folder = await validateBriefingFile(join(root, 'briefings/folder.mdx'), root);
    expect(folder.errors.map((e) => e.message)).toEqual(['cannot be read: it is a folder, not a file']);
  });
});
