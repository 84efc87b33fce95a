import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { withWordBreaks, writeSearchIndex } from '../../../src/cli/write-search-index.ts';
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

  test('indexes pages in subfolders at their addresses, with table cells apart', async () => {
    const site = tempDir('briefing-search-nested-');
    mkdirSync(join(site, 'companies', 'acme'), { recursive: true });
    writeFileSync(
      join(site, 'companies', 'acme', 'index.html'),
      page('<main data-pagefind-body><table><tr><td>Period</td><td>Value</td></tr></table></main>'),
    );
    expect(await writeSearchIndex(site)).toBe(1);
    const fragments = join(site, 'pagefind', 'fragment');
    const [fragment] = readdirSync(fragments).map((name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(fragments, name)))
          .toString('utf8')
          .replace(/^[^{]*/, ''),
      ),
    );
    expect(fragment.url).toBe('/companies/acme/');
    expect(fragment.content).toContain('Period Value');
  });

  test('indexes every page when none is marked for search', async () => {
    const site = tempDir('briefing-search-unmarked-');
    writeFileSync(join(site, 'index.html'), page('<main>The list of briefings</main>'));
    writeFileSync(join(site, 'about.html'), page('<main>About the briefings</main>'));
    expect(await writeSearchIndex(site)).toBe(2);
  });

  test('fails on a folder without HTML pages, naming it', async () => {
    const site = tempDir('briefing-search-empty-');
    await expect(writeSearchIndex(site)).rejects.toThrow(`Search index: ${site} has no HTML pages`);
  });
});

describe('withWordBreaks', () => {
  test('ends every table cell, caption and list item with a space, so search never runs them together', () => {
    expect(
      withWordBreaks(
        '<table><caption>By period</caption><tr><th>Period</th><TD>Value</TD></tr></table><ul><li>a</li></ul>',
      ),
    ).toBe('<table><caption>By period </caption><tr><th>Period </th><TD>Value </TD></tr></table><ul><li>a </li></ul>');
  });

  test('leaves other markup as it is', () => {
    expect(withWordBreaks('<p>Cloud <mark>revenue</mark></p><thead></thead>')).toBe(
      '<p>Cloud <mark>revenue</mark></p><thead></thead>',
    );
  });
});
