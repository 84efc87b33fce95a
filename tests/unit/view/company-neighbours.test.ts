import { describe, expect, test } from 'vitest';
import { companyNeighbours } from '../../../src/lib/view/company-neighbours.ts';
import type { CompanyPage } from '../../../src/lib/view/company-pages.ts';

const briefing = (slug: string, about = true) => ({
  slug,
  title: `Title ${slug}`,
  url: `/briefings/${slug}/`,
  company: 'Example Corp',
  entity: 'example-corp',
  published: '2024-05-01',
  summaryLine: '',
  about,
  role: about ? 'about the company' : 'cites the company',
});

// Newest first, as a company page lists them; "cites" only cites the company.
const page = {
  name: 'Example Corp',
  url: '/companies/example-corp/',
  briefings: [briefing('autumn'), briefing('cites', false), briefing('summer'), briefing('spring')],
} as CompanyPage;

const link = (slug: string) => ({ title: `Title ${slug}`, url: `/briefings/${slug}/`, published: '2024-05-01' });

describe('companyNeighbours', () => {
  test('links a briefing to those about the same company just before and after it', () => {
    expect(companyNeighbours(page, 'summer')).toEqual({
      company: 'Example Corp',
      companyUrl: '/companies/example-corp/',
      earlier: link('spring'),
      later: link('autumn'),
    });
  });

  test('skips briefings that only cite the company, and gives the newest no later one', () => {
    expect(companyNeighbours(page, 'autumn')).toEqual({
      company: 'Example Corp',
      companyUrl: '/companies/example-corp/',
      earlier: link('summer'),
    });
  });

  test('gives nothing for a briefing not about the company, or the only one about it', () => {
    expect(companyNeighbours(page, 'cites')).toBeUndefined();
    expect(companyNeighbours({ ...page, briefings: [briefing('spring')] }, 'spring')).toBeUndefined();
  });
});
