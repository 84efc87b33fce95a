import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import {
  articleMeta,
  briefingJsonLd,
  jsonForScript,
  metaDescription,
  pageTitle,
} from '../../../src/lib/view/page-meta.ts';
import { loadBriefing } from '../../support/briefings.ts';

describe('metaDescription', () => {
  test('keeps a short text whole', () => {
    expect(metaDescription('Alibaba rallied.')).toBe('Alibaba rallied.');
  });

  test('cuts a long text at the last word that fits, with an ellipsis', () => {
    const long = 'Alibaba shares have rallied on hopes for its artificial intelligence business, '.repeat(4);
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toBe(
      'Alibaba shares have rallied on hopes for its artificial intelligence business, Alibaba shares have rallied on hopes for its artificial intelligence business…',
    );
  });

  test('keeps the last sentence that fits whole, with no ellipsis', () => {
    const text =
      'Revenue grew by 5% from a year earlier to CN¥247.8 billion, above what analysts had expected. Cloud revenue grew faster still, by 34%, against estimates of 30% growth.';
    expect(metaDescription(text)).toBe(
      'Revenue grew by 5% from a year earlier to CN¥247.8 billion, above what analysts had expected.',
    );
  });

  test('cuts within a sentence at its last clause, never just before the number a phrase leads to', () => {
    const text =
      'Alibaba’s revenue for the July to September 2025 quarter grew by 5% from a year earlier to CN¥247.8 billion, above the CN¥242.65 billion analysts had expected: a beat of 2.1% (derived).';
    expect(metaDescription(text)).toBe(
      'Alibaba’s revenue for the July to September 2025 quarter grew by 5% from a year earlier to CN¥247.8 billion, above the CN¥242.65 billion analysts had expected…',
    );
  });
});

describe('jsonForScript', () => {
  test('writes text from a briefing so it cannot close the script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script> & more' });
    expect(json).not.toContain('</');
    expect(json).not.toContain('<script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });
});

describe('pageTitle', () => {
  test('names the site after a title when both fit in 70 characters', () => {
    expect(pageTitle('Alibaba: December 2024 quarter')).toBe('Alibaba: December 2024 quarter · Investor Briefings');
    expect(pageTitle('Investor Briefings')).toBe('Investor Briefings');
  });

  test('keeps a long title’s own words, cut at a word within 70 characters', () => {
    const title = pageTitle('Net income in the December quarter against the consensus of analysts polled by LSEG');
    expect(title).toBe('Net income in the December quarter against the consensus of analysts…');
    expect(title.length).toBeLessThanOrEqual(70);
  });
});

describe('briefingJsonLd', () => {
  const site = new URL('https://briefings.example.org/');
  const minimal = loadBriefing('minimal');

  test("names the briefing's writers as its authors, as people", () => {
    const view = buildBriefingView('example', resolveShownText({ ...minimal, authors: ['Jane Doe', 'Li Wei'] }));
    expect(view.byline).toBe('By Jane Doe and Li Wei');
    expect(briefingJsonLd(view, site, '/og/briefings/example.png')).toMatchObject({
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Person', name: 'Li Wei' },
      ],
      datePublished: '2024-03-02',
      dateModified: '2024-03-05',
    });
  });

  test('names the site as the author of a briefing that names no writers', () => {
    const view = buildBriefingView('example', resolveShownText(minimal));
    expect(view.byline).toBeUndefined();
    expect(briefingJsonLd(view, site, '/og/briefings/example.png').author).toEqual({
      '@type': 'Organization',
      name: 'Investor Briefings',
      url: 'https://briefings.example.org/',
    });
    expect(articleMeta(view)).toEqual({ published: '2024-03-02', modified: '2024-03-05' });
  });
});
