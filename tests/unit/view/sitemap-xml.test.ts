import { describe, expect, test } from 'vitest';
import { sitemapXml } from '../../../src/lib/view/sitemap-xml.ts';

describe('sitemapXml', () => {
  test('lists every page URL in a sitemap urlset', () => {
    const xml = sitemapXml([{ url: 'https://example.com/' }, { url: 'https://example.com/briefings/a/' }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.com/</loc></url>\n' +
        '  <url><loc>https://example.com/briefings/a/</loc></url>\n' +
        '</urlset>\n',
    );
  });

  test('adds a last-modified date only where one is known', () => {
    const xml = sitemapXml([
      { url: 'https://example.com/a/', lastmod: '2024-03-05' },
      { url: 'https://example.com/b/' },
    ]);
    expect(xml).toContain('<url><loc>https://example.com/a/</loc><lastmod>2024-03-05</lastmod></url>');
    expect(xml).toContain('<url><loc>https://example.com/b/</loc></url>');
  });

  test('escapes the characters XML reserves', () => {
    const xml = sitemapXml([{ url: `https://example.com/?a=1&b="2"&c='3'<>` }]);
    expect(xml).toContain('<loc>https://example.com/?a=1&amp;b=&quot;2&quot;&amp;c=&apos;3&apos;&lt;&gt;</loc>');
  });

  test('writes an empty urlset for no pages', () => {
    expect(sitemapXml([])).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n\n</urlset>');
  });
});
