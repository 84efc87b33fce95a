import { describe, expect, test } from 'vitest';
import { bestSections, companyPageWeight, rankPages } from '../../../src/scripts/search-ranking.ts';

describe('rankPages', () => {
  test('puts a briefing ahead of a company page that Pagefind scores less than twice as high', () => {
    const pages = [
      { url: '/companies/alibaba/', score: 2.09 },
      { url: '/briefings/september/', score: 1.7 },
      { url: '/companies/baidu/', score: 1.37 },
      { url: '/briefings/rally/', score: 1.34 },
    ];
    expect(rankPages(pages).map((p) => p.url)).toEqual([
      '/briefings/september/',
      '/briefings/rally/',
      '/companies/alibaba/',
      '/companies/baidu/',
    ]);
  });

  test('leaves a company page first for its own name, and the company index at full weight', () => {
    const pages = [
      { url: '/companies/microsoft/', score: 11.28 },
      { url: '/companies/', score: 4.72 },
      { url: '/briefings/rally/', score: 3.54 },
    ];
    expect(rankPages(pages).map((p) => p.url)).toEqual(['/companies/microsoft/', '/companies/', '/briefings/rally/']);
    expect(companyPageWeight).toBe(0.5);
  });

  test('keeps the order of pages that score the same, and reads absolute addresses by their path', () => {
    const pages = [
      { url: 'https://example.org/briefings/b/', score: 1 },
      { url: 'https://example.org/briefings/a/', score: 1 },
      { url: 'https://example.org/companies/c/', score: 2 },
    ];
    expect(rankPages(pages).map((p) => p.url)).toEqual([
      'https://example.org/briefings/b/',
      'https://example.org/briefings/a/',
      'https://example.org/companies/c/',
    ]);
  });
});

describe('bestSections', () => {
  const section = (url: string, ...scores: number[]) => ({
    url,
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  });

  test('offers the sections where the words weigh most, best first, never the page itself', () => {
    const sections = [
      section('/b/', 9),
      section('/b/#rally', 1),
      section('/b/#catalysts', 1, 1),
      section('/b/#cloud', 7, 1, 1),
      section('/b/#risks', 1),
      section('/b/#sources', 1, 1),
    ];
    expect(bestSections('/b/', sections).map((s) => s.url)).toEqual(['/b/#cloud', '/b/#catalysts', '/b/#sources']);
  });

  test('takes page order among equals, and as many as asked', () => {
    const sections = [section('/b/#one', 1), section('/b/#two', 1), section('/b/#three', 2)];
    expect(bestSections('/b/', sections, 2).map((s) => s.url)).toEqual(['/b/#three', '/b/#one']);
  });
});
