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
  test('counts the chunks a page script imports statically, once each, and not those it imports on demand', () => {
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
    // lazy.js loads only when the page's code calls import() (the search panel, on opening).
    expect(pageWeight(site, 'page/').jsRaw).toBe(inline.length + entry.length + shared.length);
  });

  test('counts the chart kinds a page draws, and the scripts it places for them', () => {
    const bars = 'import"./shared.js";';
    const lines = 'import"./shared.js";export const line=1;';
    write('_astro/bars.js', bars);
    write('_astro/lines.js', lines);
    write('_astro/shared.js', 'export const a=1;');
    const script = (src: string) => `<script type="module" src="/_astro/${src}"></script>`;
    write('bars/index.html', `<!doctype html><canvas data-chart-kind="bar"></canvas>${script('bars.js')}`);
    write(
      'lines/index.html',
      `<!doctype html><canvas data-chart-kind="line"></canvas><canvas data-chart-kind="bar"></canvas>${script('lines.js')}${script('bars.js')}`,
    );
    const shared = 'export const a=1;'.length;
    expect(pageWeight(site, 'bars/')).toMatchObject({ jsRaw: bars.length + shared, chartKinds: ['bar'] });
    expect(pageWeight(site, 'lines/')).toMatchObject({
      jsRaw: lines.length + bars.length + shared,
      chartKinds: ['bar', 'line'],
    });
  });

  test("leaves out Pagefind's engine, which loads only when a reader opens the search", () => {
    const opener = 'document.body.onclick=()=>import("/pagefind/pagefind.js");';
    write('_astro/opener.js', opener);
    write('pagefind/pagefind.js', 'export const big=1;');
    write('search/index.html', '<!doctype html><script type="module" src="/_astro/opener.js"></script>');
    expect(pageWeight(site, 'search/').jsRaw).toBe(opener.length);
  });

  test('counts no JavaScript on a page without scripts', () => {
    write('plain/index.html', '<!doctype html><p>Text</p>');
    expect(pageWeight(site, 'plain/')).toMatchObject({ jsRaw: 0, jsGzip: 0 });
  });
});
