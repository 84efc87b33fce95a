import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFileWith, failuresOf, validateAll } from '../../../src/lib/collection/briefing-loader.ts';
import { contentWarnings, forgetFile, throwContentError } from '../../../src/lib/collection/content-status.ts';
import { validateBriefingFile } from '../../../src/lib/collection/validate-briefing-file.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const minimal = readBriefingSource('minimal');
/** The minimal briefing with one figure cited nowhere: valid, with one warning. */
const uncited = minimal.replace(' The company opened <Fig id="new-factories" /> new\nfactories last year.', '');
const broken = minimal.replace('    value: 25\n', '    value: "25"\n');

const root = mkdtempSync(join(tmpdir(), 'briefing-loader-'));
const files = { valid: 'valid.mdx', uncited: 'uncited.mdx', broken: 'broken.mdx', dangling: 'dangling.mdx' };
writeFileSync(join(root, files.valid), minimal);
writeFileSync(join(root, files.uncited), uncited);
writeFileSync(join(root, files.broken), broken);
symlinkSync(join(root, 'gone.mdx'), join(root, files.dangling));
const path = (file: string) => join(root, file);

/** A logger that keeps what it is told to warn about. */
function recordingLogger() {
  const warned: string[] = [];
  const logger = { warn: (line: string) => warned.push(line) } as unknown as Parameters<typeof checkFileWith>[2];
  return { logger, warned };
}

afterAll(() => {
  Object.values(files).forEach(forgetFile);
  rmSync(root, { recursive: true, force: true });
});

describe('failuresOf', () => {
  test('fails on errors, and on warnings only under strict', async () => {
    const result = await validateBriefingFile(path(files.uncited), root);
    expect(failuresOf(result)).toEqual([]);
    expect(failuresOf(result, true)).toEqual(result.warnings.map((w) => ({ ...w, severity: 'error' })));
    expect(result.warnings).toHaveLength(1);
  });
});

describe('checkFileWith', () => {
  test("records a valid file's warnings for the build's report and logs them", async () => {
    const { logger, warned } = recordingLogger();
    const result = await checkFileWith(root, false, logger)(path(files.uncited));
    expect(warned).toEqual([expect.stringMatching(/^uncited\.mdx:\d+ figures\[\d\]\.id: .*new-factories/)]);
    expect(contentWarnings()).toEqual(warned);
    expect(result.briefing).toBeDefined();
    expect(() => throwContentError()).not.toThrow();
  });

  test('records an error for a broken file, and clears it once the file is fixed', async () => {
    const { logger } = recordingLogger();
    const check = checkFileWith(root, false, logger);
    await check(path(files.broken));
    expect(() => throwContentError()).toThrow('broken.mdx:42 figures[1].value: expected a number, found the text "25"');
    writeFileSync(path(files.broken), minimal);
    await check(path(files.broken));
    expect(() => throwContentError()).not.toThrow();
    writeFileSync(path(files.broken), broken);
  });

  test('records warnings as the error under strict', async () => {
    const { logger } = recordingLogger();
    await checkFileWith(root, true, logger)(path(files.uncited));
    expect(() => throwContentError()).toThrow(
      /^uncited\.mdx:\d+ figures\[\d\]\.id: .*new-factories.*\n1 error in uncited\.mdx$/,
    );
    await checkFileWith(root, false, logger)(path(files.uncited));
  });
});

describe('validateAll', () => {
  const { logger } = recordingLogger();
  const check = checkFileWith(root, false, logger);

  test('returns every validation by path when all files pass', async () => {
    const validated = await validateAll([path(files.valid), path(files.uncited)], check, false);
    expect([...validated.keys()]).toEqual([path(files.valid), path(files.uncited)]);
    expect(validated.get(path(files.valid))?.briefing?.title).toBe("Example Corp's widget rally");
  });

  test('reports the errors of every failing file at once, an unreadable one included', async () => {
    const all = [path(files.valid), path(files.broken), path(files.dangling)];
    await expect(validateAll(all, check, false)).rejects.toThrow(
      [
        'broken.mdx:42 figures[1].value: expected a number, found the text "25"',
        '1 error in broken.mdx',
        'dangling.mdx cannot be read: no such file or folder',
        '1 error in dangling.mdx',
      ].join('\n'),
    );
    forgetFile(files.broken);
    forgetFile(files.dangling);
  });

  test('fails on warnings under strict', async () => {
    await expect(validateAll([path(files.uncited)], check, true)).rejects.toMatchObject({
      name: 'BriefingsContentError',
      errors: [expect.objectContaining({ file: files.uncited })],
    });
    await check(path(files.uncited));
  });
});
