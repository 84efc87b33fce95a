import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, test } from 'vitest';
import { briefingLoader, recordBriefingSet, validateAll } from '../../../src/lib/collection/briefing-loader.ts';
import { contentWarnings, forgetFile, throwContentError } from '../../../src/lib/collection/content-status.ts';
import { checkBriefingSet, failuresOf, validateBriefingFile } from '../../../src/lib/collection/briefing-files.ts';
import { readBriefingSource } from '../../support/briefings.ts';
import { editOnce, readPublicationSource } from '../../support/publication.ts';

const minimal = readBriefingSource('minimal');
/** The minimal briefing with one figure cited nowhere: valid, with one warning. */
const uncited = minimal.replace(' The company opened <Fig id="new-factories" /> new\nfactories last year.', '');
const broken = minimal.replace('    value: 25\n', '    value: "25"\n');

const root = mkdtempSync(join(tmpdir(), 'briefing-loader-'));
const files = {
  valid: 'valid.mdx',
  uncited: 'uncited.mdx',
  broken: 'broken.mdx',
  dangling: 'dangling.mdx',
  spring: 'spring.mdx',
  summer: 'summer.mdx',
};
/** Summer's briefing giving March's growth as 13%, where spring's gives 12%. */
const disagreeing = editOnce(
  editOnce(readPublicationSource('summer'), '    value: 12\n', '    value: 13\n'),
  'after 12%',
  'after 13%',
);
writeFileSync(join(root, files.spring), readPublicationSource('spring'));
writeFileSync(join(root, files.summer), disagreeing);
writeFileSync(join(root, files.valid), minimal);
writeFileSync(join(root, files.uncited), uncited);
writeFileSync(join(root, files.broken), broken);
symlinkSync(join(root, 'gone.mdx'), join(root, files.dangling));
const path = (file: string) => join(root, file);

/** A logger that keeps what it is told to warn about. */
function recordingLogger() {
  const warned: string[] = [];
  const logger = { warn: (line: string) => void warned.push(line) };
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

describe('checkBriefingSet', () => {
  test('gives each file its own errors, then those across files, and what fails it under strict', async () => {
    const checked = await checkBriefingSet([path(files.uncited), path(files.broken)], { root, strict: true });
    const uncitedResult = checked.get(path(files.uncited))!;
    expect(uncitedResult.allErrors).toEqual([]);
    expect(uncitedResult.failures.map((f) => f.severity)).toEqual(['error']);
    expect(checked.get(path(files.broken))!.allErrors.map((e) => e.message)).toEqual([
      'expected a number, found the text "25"',
    ]);
  });

  test('keeps the earlier result of a file whose text is unchanged', async () => {
    const first = await checkBriefingSet([path(files.valid)], { root });
    const again = await checkBriefingSet([path(files.valid)], { root }, first);
    expect(again.get(path(files.valid))!.briefing).toBe(first.get(path(files.valid))!.briefing);
  });
});

describe('recordBriefingSet', () => {
  test("records a valid file's warnings for the build's report and logs them", async () => {
    const { logger, warned } = recordingLogger();
    const result = (await recordBriefingSet([path(files.uncited)], { root }, logger)).get(path(files.uncited))!;
    expect(warned).toEqual([expect.stringMatching(/^uncited\.mdx:\d+ figures\[\d\]\.id: .*new-factories/)]);
    expect(contentWarnings()).toEqual(warned);
    expect(result.briefing).toBeDefined();
    expect(() => throwContentError()).not.toThrow();
  });

  test('records an error for a broken file, and clears it once the file is fixed', async () => {
    const { logger } = recordingLogger();
    const check = (file: string) => recordBriefingSet([file], { root }, logger);
    await check(path(files.broken));
    expect(() => throwContentError()).toThrow('broken.mdx:42 figures[1].value: expected a number, found the text "25"');
    writeFileSync(path(files.broken), minimal);
    await check(path(files.broken));
    expect(() => throwContentError()).not.toThrow();
    writeFileSync(path(files.broken), broken);
  });

  test('records warnings as the error under strict', async () => {
    const { logger } = recordingLogger();
    await recordBriefingSet([path(files.uncited)], { root, strict: true }, logger);
    expect(() => throwContentError()).toThrow(
      /^uncited\.mdx:\d+ figures\[\d\]\.id: .*new-factories.*\n1 error in uncited\.mdx$/,
    );
    await recordBriefingSet([path(files.uncited)], { root }, logger);
  });
});

describe('validateAll', () => {
  const { logger } = recordingLogger();

  test('returns every validation by path when all files pass', async () => {
    const validated = await validateAll([path(files.valid), path(files.uncited)], { root }, logger);
    expect([...validated.keys()]).toEqual([path(files.valid), path(files.uncited)]);
    expect(validated.get(path(files.valid))?.briefing?.title).toBe("Example Corp's widget rally");
  });

  test('reports the errors of every failing file at once, an unreadable one included', async () => {
    const all = [path(files.valid), path(files.broken), path(files.dangling)];
    await expect(validateAll(all, { root }, logger)).rejects.toThrow(
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

  test('hands the failures to onFailure instead of throwing, and records them for the routes', async () => {
    const failures: string[] = [];
    const validated = await validateAll([path(files.valid), path(files.broken)], { root }, logger, (error) =>
      failures.push(error.message),
    );
    expect([...validated.keys()]).toEqual([path(files.valid), path(files.broken)]);
    expect(failures).toEqual([
      'broken.mdx:42 figures[1].value: expected a number, found the text "25"\n1 error in broken.mdx',
    ]);
    expect(throwContentError).toThrow('broken.mdx:42 figures[1].value: expected a number, found the text "25"');
    forgetFile(files.broken);
    expect(throwContentError).not.toThrow();
  });

  test('fails on warnings under strict', async () => {
    await expect(validateAll([path(files.uncited)], { root, strict: true }, logger)).rejects.toMatchObject({
      name: 'BriefingsContentError',
      errors: [expect.objectContaining({ file: files.uncited })],
    });
    await recordBriefingSet([path(files.uncited)], { root }, logger);
  });
});

describe('the checks across briefings', () => {
  const { logger } = recordingLogger();
  const spring = path(files.spring);
  const summer = path(files.summer);
  const message =
    "summer.mdx:40 figures[1].value: expected 12% as spring.mdx:28 figures[0].value gives Example Corp sales growth (reported) for the quarter to 31 March 2024 (Q4 of fiscal 2024), found 13%; if the value was revised, record the earlier one in this figure's history";

  test('fail the load when two briefings give one number two values, naming both', async () => {
    await expect(validateAll([spring, summer], { root }, logger)).rejects.toThrow(`${message}\n1 error in summer.mdx`);
  });

  test('record the disagreement for the routes after an edit, and clear it once the files agree', async () => {
    const earlier = await recordBriefingSet([spring, summer], { root }, logger);
    expect(throwContentError).toThrow(message);
    writeFileSync(summer, readPublicationSource('summer'));
    await recordBriefingSet([spring, summer], { root }, logger, earlier);
    expect(throwContentError).not.toThrow();
  });
});

/** Just enough of Astro's loader context for the glob loader: an in-memory store, and a watcher in dev. */
function fakeContext(contentRoot: string, watcher?: EventEmitter) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; filePath?: string }>();
  const meta = new Map<string, string>();
  const warned: string[] = [];
  const context = {
    collection: 'briefings',
    config: { root: pathToFileURL(`${contentRoot}/`), srcDir: pathToFileURL(`${contentRoot}/src/`) },
    logger: { warn: (line: string) => warned.push(line), info: () => {}, error: () => {}, debug: () => {} },
    store: {
      keys: () => [...entries.keys()],
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => entries.set(entry.id, entry) && true,
      delete: (id: string) => entries.delete(id),
      clear: () => entries.clear(),
      has: (id: string) => entries.has(id),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => meta.set(key, value) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    generateDigest: (text: unknown) => createHash('sha256').update(String(text)).digest('hex'),
    entryTypes: new Map([['.mdx', { getEntryInfo: () => ({ body: '', data: {} }) }]]),
    watcher: watcher && Object.assign(watcher, { add: () => {} }),
  };
  return { context: context as unknown as LoaderContext, entries, warned };
}

describe('briefingLoader', () => {
  const site = mkdtempSync(join(tmpdir(), 'briefing-loader-site-'));
  const folder = join(site, 'briefings');
  mkdirSync(folder);
  const file = join(folder, 'example.mdx');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  test('loads every briefing under its slug, with the frontmatter our checks parsed', async () => {
    writeFileSync(file, minimal);
    const { context, entries } = fakeContext(site);
    await briefingLoader({ base: 'briefings' }).load(context);
    expect([...entries.keys()]).toEqual(['example']);
    expect(entries.get('example')).toMatchObject({ filePath: 'briefings/example.mdx' });
    expect(entries.get('example')!.data).toMatchObject({ title: "Example Corp's widget rally" });
  });

  test('fails before loading anything when a briefing is broken', async () => {
    writeFileSync(file, broken);
    const { context, entries } = fakeContext(site);
    await expect(briefingLoader({ base: 'briefings' }).load(context)).rejects.toThrow(
      'briefings/example.mdx:42 figures[1].value: expected a number, found the text "25"',
    );
    expect(entries.size).toBe(0);
    forgetFile('briefings/example.mdx');
  });

  test('fails on a folder that cannot be read, naming it', async () => {
    const { context } = fakeContext(site);
    await expect(briefingLoader({ base: 'missing' }).load(context)).rejects.toThrow(
      'missing cannot be read as a folder of briefings: no such file or folder',
    );
  });

  test('in dev, shows an edit that breaks a briefing on every route until it is fixed or deleted', async () => {
    writeFileSync(file, minimal);
    const watcher = new EventEmitter();
    const { context } = fakeContext(site, watcher);
    await briefingLoader({ base: 'briefings' }).load(context);
    const settle = () => new Promise((r) => setTimeout(r, 300));
    writeFileSync(file, broken);
    watcher.emit('change', file);
    await settle();
    expect(() => throwContentError()).toThrow('briefings/example.mdx:42 figures[1].value');
    writeFileSync(file, minimal);
    watcher.emit('change', file);
    await settle();
    expect(() => throwContentError()).not.toThrow();
    writeFileSync(file, broken);
    watcher.emit('change', file);
    watcher.emit('unlink', file);
    await settle();
    expect(() => throwContentError()).not.toThrow();
  });
});
