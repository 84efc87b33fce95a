import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pageWeight } from '../bench/page-weights.ts';

const site = mkdtempSync(join(tmpdir(), 'page-weights-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
}

describe('pageWeight', () => {
  test('counts the chunks a page script imports, statically and dynamically, once each', () => {
    const entry = 'import{a}from"./shared.js";import("./lazy.js");';
    const shared = 'export const a=1;';
    const lazy = 'import"./shared.js";';
    const inline = 'import("/_astro/lazy.js")';
    write('_astro/entry.js', entry);
    write('_astro/shared.js', shared);
    write('_astro/lazy.js', lazy);
    write(
      'page/index.html',
      `<!doctype html><script type="module" src="/_astro/entry.js"></script><script type="module">${inline}</script>`,
    );
    expect(pageWeight(site, 'page/').jsRaw).toBe(inline.length + entry.length + shared.length + lazy.length);
  });

  test('leaves out the search panel, which loads only when a reader opens the search', () => {
    const opener = 'document.body.onclick=()=>import("./search-panel.Ab1_x.js");';
    write('_astro/opener.js', opener);
    write('_astro/search-panel.Ab1_x.js', 'export const big=1;');
    write('search/index.html', '<!doctype html><script type="module" src="/_astro/opener.js"></script>');
    expect(pageWeight(site, 'search/').jsRaw).toBe(opener.length);
  });

  test('counts no JavaScript on a page without scripts', () => {
    write('plain/index.html', '<!doctype html><p>Text</p>');
    expect(pageWeight(site, 'plain/')).toMatchObject({ jsRaw: 0, jsGzip: 0 });
  });
});
