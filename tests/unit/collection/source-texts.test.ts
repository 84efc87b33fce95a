import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { folderSourceTexts, sourcesDir } from '../../../src/lib/collection/source-texts.ts';
import { checkSourceTexts } from '../../../src/lib/validate/check-source-texts.ts';
import { loadBriefing } from '../../support/briefings.ts';

describe('sourcesDir', () => {
  test('takes the folder given on the command line first, then BRIEFING_SOURCES_DIR, else none', () => {
    expect(sourcesDir('cli', { BRIEFING_SOURCES_DIR: 'env' })).toBe('cli');
    expect(sourcesDir(undefined, { BRIEFING_SOURCES_DIR: 'env' })).toBe('env');
    expect(sourcesDir(undefined, {})).toBeUndefined();
    expect(sourcesDir('', { BRIEFING_SOURCES_DIR: '' })).toBeUndefined();
    expect(sourcesDir(['a', 'b'], { BRIEFING_SOURCES_DIR: 'env' })).toBe(['a', 'b'].join(delimiter));
  });
});

describe('folderSourceTexts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-texts-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(join(folder, 'a.txt'), 'Text of a.');

  test('reads a file from the folder, and says why one cannot be read', () => {
    const texts = folderSourceTexts(folder, '/');
    expect(texts.read('a.txt')).toBe('Text of a.');
    expect(texts.read('missing.txt')).toEqual({ failure: 'no such file or folder' });
    mkdirSync(join(folder, 'dir.txt'));
    expect(texts.read('dir.txt')).toEqual({ failure: 'it is a folder, not a file' });
  });

  test('warns of a source text that is a folder, saying so rather than "no such file"', () => {
    const briefing = loadBriefing('minimal');
    const withFile = { ...briefing, sources: briefing.sources.map((s) => ({ ...s, file: 'dir.txt' })) };
    expect(
      checkSourceTexts(withFile, folderSourceTexts(folder, join(folder, 'elsewhere'))).map((i) => i.message),
    ).toEqual([
      `expected the source text "dir.txt" in ${folder}, found a file that cannot be read (it is a folder, not a file), so its quotes were not checked against it`,
    ]);
  });

  test('names the folder relative to the root when it is inside it, and as given otherwise', () => {
    expect(folderSourceTexts(join(folder, 'sub'), folder).folder).toBe('sub');
    expect(folderSourceTexts(folder, join(folder, 'elsewhere')).folder).toBe(folder);
  });

  test('reads each file once', () => {
    const texts = folderSourceTexts(folder, '/');
    expect(texts.read('a.txt')).toBe('Text of a.');
    writeFileSync(join(folder, 'a.txt'), 'Changed.');
    expect(texts.read('a.txt')).toBe('Text of a.');
  });
});
