import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildTempSite } from '../support/built-site.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

let outDir: string;
let pages: string[];

beforeAll(() => {
  outDir = buildTempSite();
  pages = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
});

/** The file a site path is served from, as a static host would resolve it. */
function fileFor(path: string): string | undefined {
  const file = join(outDir, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

describe('every built page', () => {
  test('passes html-validate with its recommended rules', async () => {
    const validator = new HtmlValidate();
    const failures: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page);
      for (const result of report.results) {
        for (const message of result.messages)
          failures.push(
            `${relative(outDir, page)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(pages.length).toBeGreaterThan(3);
  });

  test('links only to pages, files and fragments that exist', () => {
    const site = new URL(
      parse(readFileSync(join(outDir, 'index.html'), 'utf8'))
        .querySelector('link[rel="canonical"]')!
        .getAttribute('href')!,
    ).origin;
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const html = parse(readFileSync(page, 'utf8'));
      const here = `/${relative(outDir, page)}`.replace(/index\.html$/, '');
      const targets = [
        ...html.querySelectorAll('a[href], link[href]').map((e) => e.getAttribute('href')!),
        ...html.querySelectorAll('img[src], script[src]').map((e) => e.getAttribute('src')!),
        ...html
          .querySelectorAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]')
          .map((e) => e.getAttribute('content')!),
      ];
      for (const target of targets) {
        const url = new URL(target, site + here);
        if (url.origin !== site) continue;
        checked++;
        const file = fileFor(url.pathname);
        if (!file) {
          broken.push(`${here}: ${target} (no such file)`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && file.endsWith('.html') && !parse(readFileSync(file, 'utf8')).getElementById(id)) {
          broken.push(`${here}: ${target} (no element with id "${id}")`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  test('has no request to another origin in its markup', () => {
    const external: string[] = [];
    for (const page of pages) {
      const html = parse(readFileSync(page, 'utf8'));
      for (const el of html.querySelectorAll(
        'script[src], link[rel="stylesheet"], link[rel="preload"], img[src], iframe, source[src]',
      )) {
        const src = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        if (/^(https?:)?\/\//.test(src)) external.push(`${relative(outDir, page)}: ${src}`);
      }
    }
    expect(external).toEqual([]);
  });
});

/** The `<loc>` URLs of a sitemap file in the built site. */
const locs = (url: string) =>
  [...readFileSync(join(outDir, new URL(url).pathname), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

/** The sitemap index that robots.txt names. */
const sitemapIndex = () => readFileSync(join(outDir, 'robots.txt'), 'utf8').match(/^Sitemap: (\S+)$/m)![1]!;

describe('the sitemap', () => {
  test('is named by robots.txt, and its index lists sitemaps that exist', () => {
    const index = sitemapIndex();
    expect(existsSync(join(outDir, new URL(index).pathname)), index).toBe(true);
    const sitemaps = locs(index);
    expect(sitemaps).not.toEqual([]);
    for (const url of sitemaps) {
      expect(new URL(url).origin).toBe(new URL(index).origin);
      expect(existsSync(join(outDir, new URL(url).pathname)), url).toBe(true);
    }
  });

  test('lists every page that is its own canonical page, and no other', () => {
    const listed = locs(sitemapIndex()).flatMap(locs);
    const canonical = pages
      .map((page) => {
        const html = parse(readFileSync(page, 'utf8'));
        const href = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
        const own = html.querySelector('meta[property="og:url"]')?.getAttribute('content');
        return href && href === own ? href : undefined;
      })
      .filter((url) => url !== undefined);
    expect(listed.sort()).toEqual(canonical.sort());
    expect(listed.length).toBeGreaterThan(1);
  });
});

describe('public/_headers', () => {
  const headers = () => readFileSync(join(outDir, '_headers'), 'utf8');

  test('is published with a CSP that forbids framing, plus nosniff, referrer and permissions policies', () => {
    const text = headers();
    expect(text).toMatch(/Content-Security-Policy: .*frame-ancestors 'none'/);
    expect(text).toContain('X-Content-Type-Options: nosniff');
    expect(text).toMatch(/Referrer-Policy: \S+/);
    expect(text).toMatch(/Permissions-Policy: \S+/);
  });

  test('refuses every frame on every page but the embed pages, which any site may frame', () => {
    const rules = parseHeadersFile(headers());
    const wrong: string[] = [];
    let embeds = 0;
    for (const page of pages) {
      const path = `/${relative(outDir, page)}`.replace(/index\.html$/, '');
      const policy = headersFor(rules, path)['content-security-policy'] ?? '';
      // Joined values are two policies, both obeyed: an embed page must get its own policy alone.
      const ancestors = [...policy.matchAll(/frame-ancestors ([^;,]+)/g)].map((m) => m[1]!.trim());
      const expected = path.startsWith('/embed/') ? '*' : "'none'";
      if (path.startsWith('/embed/')) embeds++;
      if (ancestors.length !== 1 || ancestors[0] !== expected)
        wrong.push(`${path}: frame-ancestors ${ancestors.join(' + ') || '(none set)'}`);
    }
    expect(wrong).toEqual([]);
    expect(embeds).toBeGreaterThan(0);
  });

  test('caches hashed assets for a year', () => {
    expect(headers()).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
  });
});
