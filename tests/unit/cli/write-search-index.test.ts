import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { writeSearchIndex } from '../../../src/cli/write-search-index.ts';
import { tempDir } from '../../support/temp-dir.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('writeSearchIndex', () => {
  test('indexes the pages marked for search, counts only those, and leaves out the ready-made interfaces', async () => {
    const site = tempDir('briefing-search-');
    writeFileSync(join(site, 'index.html'), page('<main>The list of briefings</main>'));
    writeFileSync(join(site, 'briefing.html'), page('<main data-pagefind-body>Cloud revenue grew</main>'));
    expect(await writeSearchIndex(site)).toBe(1);
    const files = readdirSync(join(site, 'pagefind'));
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(files.filter((name) => /-ui\.|highlight/.test(name))).toEqual([]);
  });

  test('fails on a folder without HTML pages, naming it', async () => {
    const site = tempDir('briefing-search-empty-');
    await expect(writeSearchIndex(site)).rejects.toThrow(`Search index: ${site} has no HTML pages`);
  });
});
