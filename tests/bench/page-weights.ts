import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageWeight {
  html: number;
  jsRaw: number;
  jsGzip: number;
  css: number;
  /** Images fetched when the page is shown on screen (print-only chart images excluded). */
  images: number;
  /** Static chart images fetched only when the page is printed. */
  printImages: number;
  /** The chart kinds the page draws (`data-chart-kind` of its canvases), sorted. */
  chartKinds: string[];
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/**
 * The modules a script imports with the page, as absolute URLs: its static imports. A dynamic
 * `import()` in the site's scripts loads only on a reader's action (the search panel, when the
 * search is first opened), so it is not counted against the page, as Pagefind's files are not.
 */
function importsOf(code: string, base: string): string[] {
  const specifiers = code.matchAll(/\b(?:import|from)\s*(\(?)\s*["'`]([^"'`]+\.m?js)["'`]/g);
  return [...specifiers].filter((m) => !m[1]).map((m) => new URL(m[2]!, base).href);
}

/**
 * Pagefind's engine and index load only when a reader opens the search, never with the page, so
 * they are not counted against the page's weight.
 */
const onDemand = /\/pagefind\//;

/**
 * Every module file a page loads, with its bytes: its script files and, transitively, whatever they
 * import, so a chunk split out of a script is still counted against the page (except on-demand ones).
 */
function loadedModules(outDir: string, entries: string[]): Map<string, Buffer> {
  const loaded = new Map<string, Buffer>();
  const queue = [...entries];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (loaded.has(url) || onDemand.test(url)) continue;
    const bytes = readFileSync(join(outDir, new URL(url).pathname));
    loaded.set(url, bytes);
    queue.push(...importsOf(bytes.toString('utf8'), url));
  }
  return loaded;
}

/** What one built page costs to load: its HTML, scripts (raw and gzip), styles and images. */
export function pageWeight(outDir: string, pagePath: string): PageWeight {
  const htmlText = readFileSync(join(outDir, pagePath, pagePath.endsWith('.html') ? '' : 'index.html'));
  const html = parse(htmlText.toString('utf8'));
  const file = (src: string) => readFileSync(join(outDir, new URL(src, 'http://x/').pathname));
  const pageUrl = new URL(pagePath, 'http://x/').href;
  const inline = html
    .querySelectorAll('script:not([src])')
    .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
    .map((s) => s.textContent);
  const chartKinds = [
    ...new Set(html.querySelectorAll('canvas[data-chart-kind]').map((c) => c.getAttribute('data-chart-kind')!)),
  ].sort();
  const modules = loadedModules(outDir, [
    ...html.querySelectorAll('script[src]').map((s) => new URL(s.getAttribute('src')!, pageUrl).href),
    ...inline.flatMap((code) => importsOf(code, pageUrl)),
  ]);
  const scripts = [...inline.map((code) => Buffer.from(code)), ...modules.values()];
  const styles = [
    ...html.querySelectorAll('link[rel="stylesheet"]').map((l) => file(l.getAttribute('href')!)),
    ...html.querySelectorAll('style').map((s) => Buffer.from(s.textContent)),
  ];
  const size = (src: string) => statSync(join(outDir, new URL(src, 'http://x/').pathname)).size;
  // A chart's picture loads in place of the chart where scripts do not run, and on paper.
  const chartPicture = (i: { closest: (selector: string) => unknown }) => i.closest('.chart-picture') !== null;
  const images = html
    .querySelectorAll('img[src], link[rel="icon"]')
    .filter((i) => !chartPicture(i))
    .map((i) => size(i.getAttribute('src') ?? i.getAttribute('href')!));
  const printImages = html
    .querySelectorAll('img[src]')
    .filter(chartPicture)
    .map((i) => size(i.getAttribute('src')!));
  return {
    html: htmlText.length,
    jsRaw: scripts.reduce((n, s) => n + s.length, 0),
    jsGzip: scripts.reduce((n, s) => n + gz(s), 0),
    css: styles.reduce((n, s) => n + s.length, 0),
    images: images.reduce((n, s) => n + s, 0),
    printImages: printImages.reduce((n, s) => n + s, 0),
    chartKinds,
  };
}
