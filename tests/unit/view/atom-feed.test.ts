import { parseFeed } from '@rowanmanning/feed-parser';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { describe, expect, test } from 'vitest';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { atomFeed, feedEntryHtml, lastChanged } from '../../../src/lib/view/atom-feed.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { briefingShareImage } from '../../../src/lib/view/share-image-spec.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

/** The minimal briefing, its factory count revised after publication and the briefing updated. */
const revised: Briefing = {
  ...minimal,
  title: 'Widgets & gadgets: <revised>',
  published: '2024-03-02',
  updated: '2024-03-09',
  figures: minimal.figures.map((f) =>
    f.id === 'new-factories'
      ? { ...f, asOf: '2024-03-09', history: [{ value: 3, basis: 'estimate' as const, date: '2024-03-01' }] }
      : f,
  ),
};
const older = buildBriefingView('older', resolveShownText({ ...minimal, published: '2024-01-10', updated: undefined }));
const updated = buildBriefingView('updated', resolveShownText(revised));
const xml = atomFeed({
  site: 'https://briefings.example.org',
  path: '/feed.xml',
  alternate: '/',
  title: 'Investor Briefings',
  subtitle: 'New and updated briefings.',
  briefings: [older, updated],
});

describe('atomFeed', () => {
  test('states its language on the root, as Atom does, and gives each entry its share image', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(parseFeed(xml).language).toBe('en');
    expect(parseFeed(xml).items[0]!.media.map((m) => [m.url, m.mimeType])).toEqual([
      ['https://briefings.example.org/og/briefings/updated.png', 'image/png'],
    ]);
  });

  test('is an Atom feed a feed reader parses, with absolute links to the site and itself', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Investor Briefings');
    expect(feed.description).toBe('New and updated briefings.');
    expect(feed.url).toBe('https://briefings.example.org/');
    expect(feed.self).toBe('https://briefings.example.org/feed.xml');
    expect(feed.updated).toEqual(new Date('2024-03-09T00:00:00Z'));
  });

  test('lists the most recently changed briefing first, with its page as id and link', () => {
    const items = parseFeed(xml).items;
    expect(items.map((i) => i.url)).toEqual([
      'https://briefings.example.org/briefings/updated/',
      'https://briefings.example.org/briefings/older/',
    ]);
    expect(items[0]!.id).toBe('https://briefings.example.org/briefings/updated/');
    expect(items[0]!.title).toBe('Widgets & gadgets: <revised>');
    expect(items[0]!.published).toEqual(new Date('2024-03-02T00:00:00Z'));
    expect(items[0]!.updated).toEqual(new Date('2024-03-09T00:00:00Z'));
    expect(items[1]!.updated).toEqual(new Date('2024-01-10T00:00:00Z'));
    expect(items[0]!.categories.map((c) => [c.term, c.label])).toEqual([['example-corp', 'Example Corp']]);
  });

  test("says in an updated briefing's entry when it was updated and what changed", () => {
    const [first, second] = parseFeed(xml).items;
    const c = updated.changes[0]!;
    expect(first!.content).toContain('<p>Updated 9 March 2024. What changed:</p>');
    expect(first!.content).toContain(
      `<li>New factories opened: now ${c.to} as of 9 March 2024, from ${c.toCitation}; previously ${c.from}, from ${c.fromCitation}.</li>`,
    );
    expect(second!.content).not.toContain('Updated');
    expect(second!.description).toBe(minimal.summary);
  });
});

describe('atomFeed ordering and edge cases', () => {
  const options = { site: 'https://x.example', path: '/feed.xml', alternate: '/', title: 'T', subtitle: 'S' };

  test('orders briefings last changed on the same day by title', () => {
    const a = buildBriefingView(
      'a',
      resolveShownText({ ...minimal, title: 'Apples', published: '2024-01-10', updated: undefined }),
    );
    const z = buildBriefingView(
      'z',
      resolveShownText({ ...minimal, title: 'Zinc', published: '2024-01-10', updated: undefined }),
    );
    expect(parseFeed(atomFeed({ ...options, briefings: [z, a] })).items.map((i) => i.title)).toEqual([
      'Apples',
      'Zinc',
    ]);
  });

  test('dates an empty feed at the epoch, so rebuilding it gives the same file', () => {
    const feed = parseFeed(atomFeed({ ...options, briefings: [] }));
    expect(feed.items).toEqual([]);
    expect(feed.updated).toEqual(new Date(0));
  });
});

describe('feedEntryHtml', () => {
  test('notes an update with no figure revised since publication without a list', () => {
    const view = buildBriefingView(
      'edited',
      resolveShownText({ ...minimal, published: '2024-03-02', updated: '2024-04-01' }),
    );
    const html = feedEntryHtml(view);
    expect(html).toContain(`<p>${minimal.summary}</p>`);
    expect(html).toContain('<p>Updated 1 April 2024.</p>\n<p><img');
    expect(html).not.toContain('What changed');
  });

  test('carries what the briefing is as of, its key figures, its share image and a link to the page', () => {
    const view = buildBriefingView('example', resolveShownText(minimal));
    const html = feedEntryHtml(view, (path) => new URL(path, 'https://x.example').href);
    const [first, second] = view.keyFigures;
    expect(html.split('\n')).toEqual([
      `<p>${minimal.summary}</p>`,
      '<p>As of 1 March 2024. Based on: One fictional trade report, written for tests.</p>',
      '<p>Key figures:</p>',
      `<ul><li><strong>${first!.value}</strong> ${first!.label} · Example Corp · reported · This year</li>` +
        `<li><strong>${second!.value}</strong> ${second!.label} · Example Corp · projected · Next year</li></ul>`,
      '<p>Updated 5 March 2024.</p>',
      `<p><img src="https://x.example/og/briefings/example.png" alt="${briefingShareImage(view).alt}" width="1200" height="630"></p>`,
      '<p><a href="https://x.example/briefings/example/">Read the briefing</a>, with its charts, sources and checked claims.</p>',
    ]);
  });

  test('escapes text that would otherwise read as markup', () => {
    const view = buildBriefingView('x', resolveShownText({ ...minimal, summary: 'Sales <b>rose</b> & fell' }));
    expect(feedEntryHtml(view)).toContain('<p>Sales &lt;b&gt;rose&lt;/b&gt; &amp; fell</p>');
  });
});

describe('an entry of a briefing that names its writers', () => {
  test('gives them as its authors; other entries keep the feed author, the site', () => {
    const signed = buildBriefingView('signed', resolveShownText({ ...minimal, authors: ['Jane Doe', 'Li Wei'] }));
    const feed = parseFeed(
      atomFeed({
        site: 'https://x.example',
        path: '/feed.xml',
        alternate: '/',
        title: 'T',
        subtitle: 'S',
        briefings: [signed, older],
      }),
    );
    const entry = (url: string) => feed.items.find((i) => i.url === url)!;
    expect(entry('https://x.example/briefings/signed/').authors.map((a) => a.name)).toEqual(['Jane Doe', 'Li Wei']);
    expect(entry('https://x.example/briefings/older/').authors.map((a) => a.name)).toEqual(['Investor Briefings']);
  });
});

describe('lastChanged', () => {
  test('is the update date when there is one, else the publication date', () => {
    expect(lastChanged(updated)).toBe('2024-03-09');
    expect(lastChanged(older)).toBe('2024-01-10');
  });
});
