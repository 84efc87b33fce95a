import { describe, expect, test } from 'vitest';
import { firstSentence, briefingList, companyAnchor, companyIndex } from '../../../src/lib/view/briefing-list.ts';
import { loadBriefing } from '../../support/briefings.ts';

describe('firstSentence', () => {
  test('takes the first sentence, keeping dotted names and abbreviations whole', () => {
    expect(firstSentence('Shares beat JD.com and Example Inc. this year. Sales grew.')).toBe(
      'Shares beat JD.com and Example Inc. this year.',
    );
  });

  test('returns a one-sentence text as it is, trimmed, and nothing for empty text', () => {
    expect(firstSentence('  Only one sentence here  ')).toBe('Only one sentence here');
    expect(firstSentence('')).toBe('');
  });
});

const minimal = loadBriefing('minimal');
const real = loadBriefing('rally');

describe('briefingList', () => {
  test('lists briefings newest first with their dates, company and first summary sentence', () => {
    const list = briefingList([
      { slug: 'older', briefing: { ...minimal, published: '2024-03-02', updated: '2024-03-05' } },
      { slug: 'newer', briefing: { ...real, published: '2026-11-25', updated: undefined } },
    ]);
    expect(list.map((item) => item.slug)).toEqual(['newer', 'older']);
    expect(list[1]).toEqual({
      slug: 'older',
      title: minimal.title,
      url: '/briefings/older/',
      company: 'Example Corp',
      entity: 'example-corp',
      published: '2024-03-02',
      updated: '2024-03-05',
      asOf: '2024-03-01',
      summaryLine: minimal.summary,
    });
    expect(list[0]!.summaryLine).toMatch(/^Alibaba has become .+ Hang Seng Tech Index\.$/);
  });

  test('puts the briefing with the newer sources first among those published on the same day', () => {
    const dated = (date: string) => minimal.sources.map((s) => ({ ...s, date }));
    const list = briefingList([
      {
        slug: 'december',
        briefing: { ...minimal, title: 'Apples', published: '2024-03-02', sources: dated('2025-02-20') },
      },
      {
        slug: 'september',
        briefing: { ...minimal, title: 'Zinc', published: '2024-03-02', sources: dated('2025-11-25') },
      },
    ]);
    expect(list.map((item) => item.slug)).toEqual(['september', 'december']);
  });

  test('orders briefings published on the same day with sources of the same date by title', () => {
    const list = briefingList([
      { slug: 'b', briefing: { ...minimal, title: 'Zinc', published: '2024-03-02' } },
      { slug: 'a', briefing: { ...minimal, title: 'Apples', published: '2024-03-02' } },
    ]);
    expect(list.map((item) => item.title)).toEqual(['Apples', 'Zinc']);
  });
});

describe('companyIndex', () => {
  const index = companyIndex([
    { slug: 'first', briefing: { ...minimal, published: '2024-03-02' } },
    {
      slug: 'second',
      briefing: {
        ...minimal,
        title: 'Sample Inc catches up',
        published: '2024-06-01',
        subject: { company: 'Sample Inc', entity: 'sample-inc', tickers: [] },
      },
    },
  ]);

  test('lists every company and index a briefing is about or cites, by name, each with its page', () => {
    expect(index.map((c) => c.name)).toEqual(['Demo Ltd', 'Example Corp', 'Sample Inc', 'Widget Index']);
    expect(index.map((c) => c.anchor)).toEqual([
      'company-demo-ltd',
      'company-example-corp',
      'company-sample-inc',
      'company-widget-index',
    ]);
    expect(index.map((c) => c.url)).toEqual([
      '/companies/demo-ltd/',
      '/companies/example-corp/',
      '/companies/sample-inc/',
      '/companies/widget-index/',
    ]);
  });

  test('gives each company its briefings newest first, marking those it is the subject of', () => {
    const sample = index.find((c) => c.entity === 'sample-inc')!;
    expect(sample.briefings.map((b) => [b.slug, b.about])).toEqual([
      ['second', true],
      ['first', false],
    ]);
    const example = index.find((c) => c.entity === 'example-corp')!;
    expect(example.briefings.map((b) => [b.slug, b.about, b.url])).toEqual([
      ['second', false, '/briefings/second/'],
      ['first', true, '/briefings/first/'],
    ]);
  });

  test('lists an index as an index, in the words each briefing entry uses for it', () => {
    expect(index.map((c) => [c.entity, c.kind])).toEqual([
      ['demo-ltd', 'company'],
      ['example-corp', 'company'],
      ['sample-inc', 'company'],
      ['widget-index', 'index'],
    ]);
    expect(index.find((c) => c.entity === 'widget-index')!.briefings.map((b) => b.role)).toEqual([
      'cites the index',
      'cites the index',
    ]);
    expect(index.find((c) => c.entity === 'example-corp')!.briefings.map((b) => b.role)).toEqual([
      'cites the company',
      'about the company',
    ]);
  });

  test('gives a feed to the companies that briefings are about, and to no other', () => {
    expect(index.map((c) => [c.entity, c.feed])).toEqual([
      ['demo-ltd', undefined],
      ['example-corp', '/companies/example-corp/feed.xml'],
      ['sample-inc', '/companies/sample-inc/feed.xml'],
      ['widget-index', undefined],
    ]);
  });

  test('counts the subject as a company even when its entity is of another kind', () => {
    const briefing = {
      ...minimal,
      subject: { company: 'Widget Index', entity: 'widget-index', tickers: [] },
    };
    expect(companyIndex([{ slug: 'index', briefing }]).map((c) => c.entity)).toContain('widget-index');
  });
});

describe('companyAnchor', () => {
  test('namespaces the entity id', () => {
    expect(companyAnchor('alibaba')).toBe('company-alibaba');
  });
});
