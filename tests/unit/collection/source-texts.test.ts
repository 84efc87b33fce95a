import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderSourceTexts, sourcesDir } from '../../../src/lib/collection/source-texts.ts';

describe('sourcesDir', () => {
  test('takes the folder given on the command line first, then BRIEFING_SOURCES_DIR, else none', () => {
    expect(sourcesDir('cli', { BRIEFING_SOURCES_DIR: 'env' })).toBe('cli');
    expect(sourcesDir(undefined, { BRIEFING_SOURCES_DIR: 'env' })).toBe('env');
    expect(sourcesDir(undefined, {})).toBeUndefined();
    expect(sourcesDir('', { BRIEFING_SOURCES_DIR: '' })).toBeUndefined();
  });
});

describe('folderSourceTexts', () => {
  const folder = mkdtempSync(join(tmpdir(), 'source-texts-'));
  writeFileSync(join(folder, 'a.txt'), 'Text of a.');

  test('reads a file from the folder and gives undefined for a missing one', () => {
    const texts = folderSourceTexts(folder, '/');
    expect(texts.read('a.txt')).toBe('Text of a.');
    expect(texts.read('missing.txt')).toBeUndefined();
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
