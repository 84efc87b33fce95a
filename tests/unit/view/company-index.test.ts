import { describe, expect, test } from 'vitest';
import { companyAnchor, companyIndex } from '../../../src/lib/view/company-index.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

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
