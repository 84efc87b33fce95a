import { describe, expect, test } from 'vitest';
import {
  chartEmbed,
  embedCredit,
  embedHeightKey,
  embedSnippet,
  oEmbedAnswer,
} from '../../../src/lib/view/chart-embed.ts';
import { chartPictures } from '../../../src/lib/view/chart-view.ts';
import { embedPagePath, isEmbedPath } from '../../../src/lib/model/page-addresses.ts';
import type { ChartConfiguration } from 'chart.js';

const config = { type: 'bar', data: { labels: ['A', 'B'], datasets: [{ data: [1, 2] }] } } as ChartConfiguration;
const pictures = chartPictures('/briefings/x/charts/growth', config, 2);
const embed = chartEmbed({
  base: '/briefings/x/charts/growth',
  page: embedPagePath('/briefings/x/', 'growth'),
  source: '/briefings/x/#chart-growth',
  title: 'Growth "in" <the> quarter & after',
  pictures,
});
const site = new URL('https://news.example.org/');

describe('chartEmbed', () => {
  test('places the embed page under /embed/, its oEmbed answer inside it and the credited pictures beside the chart’s', () => {
    expect(embed.page).toBe('/embed/briefings/x/growth/');
    expect(isEmbedPath(embed.page)).toBe(true);
    expect(isEmbedPath('/briefings/x/')).toBe(false);
    expect(embed.oembed).toBe('/embed/briefings/x/growth/oembed.json');
    expect(embed.downloads).toEqual({
      light: '/briefings/x/charts/growth-download.png',
      dark: '/briefings/x/charts/growth-download-dark.png',
    });
  });

  test('is as wide as the chart’s picture with the page’s padding, and taller by its title and lines', () => {
    // The wide picture is 640 × (70 + 48 × 2); 16 px each side; 200 px for the text around it.
    expect(pictures.wide.light).toMatchObject({ width: 640, height: 166 });
    expect(embed).toMatchObject({ width: 672, height: 366 });
  });
});

describe('embedSnippet', () => {
  const snippet = embedSnippet(embed, site);

  test('frames the embed page at the site’s address, full width, at the fixed height', () => {
    expect(snippet).toContain(
      '<iframe src="https://news.example.org/embed/briefings/x/growth/" title="Chart: Growth &quot;in&quot; &lt;the&gt; quarter &amp; after" width="100%" height="366"',
    );
  });

  test('a title cannot leave its attribute or open an element', () => {
    const [iframe] = snippet.split('\n');
    expect(iframe!.match(/</g)).toHaveLength(2);
    expect(iframe!.match(/"/g)!.length % 2).toBe(0);
  });

  test('sizes only its own frame, from the site’s origin, by a number in range', () => {
    expect(snippet).toContain(`e.data["${embedHeightKey}"]`);
    expect(snippet).toContain('e.origin!=="https://news.example.org"');
    expect(snippet).toContain('typeof h!=="number"||!(h>0&&h<10000)');
    expect(snippet).toContain('f.contentWindow===e.source');
  });

  test('runs as written: taking a good message, ignoring the rest', () => {
    const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
    const frame = { contentWindow: {}, style: { height: '' } };
    let listener: (e: { origin: string; source: unknown; data: unknown }) => void = () => {};
    new Function('addEventListener', 'document', script)((_: string, fn: typeof listener) => (listener = fn), {
      querySelectorAll: () => [frame],
    });
    const send = (origin: string, data: unknown, source: unknown = frame.contentWindow) =>
      listener({ origin, data, source });
    send('https://evil.example', { [embedHeightKey]: 500 });
    send('https://news.example.org', { [embedHeightKey]: '500px' });
    send('https://news.example.org', { [embedHeightKey]: 1e6 });
    send('https://news.example.org', { [embedHeightKey]: 500 }, {});
    expect(frame.style.height).toBe('');
    send('https://news.example.org', { [embedHeightKey]: 480.2 });
    expect(frame.style.height).toBe('481px');
  });
});

describe('oEmbedAnswer', () => {
  test('is a rich answer with the snippet, its size, the provider and the print picture as thumbnail', () => {
    expect(oEmbedAnswer(embed, pictures.wide.light, site)).toEqual({
      version: '1.0',
      type: 'rich',
      title: 'Growth "in" <the> quarter & after',
      provider_name: 'Investor Briefings',
      provider_url: 'https://news.example.org/',
      html: embedSnippet(embed, site),
      width: 672,
      height: 366,
      thumbnail_url: 'https://news.example.org/briefings/x/charts/growth.png',
      thumbnail_width: 1280,
      thumbnail_height: 332,
    });
  });
});

describe('embedCredit', () => {
  test('names the site and the chart’s address there', () => {
    expect(embedCredit(embed, site)).toBe('Chart: Investor Briefings · news.example.org/briefings/x/#chart-growth');
  });
});
