import { describe, expect, test } from 'vitest';
import { briefingList } from '../../../src/lib/view/briefing-list.ts';
import { loadBriefing } from '../../support/briefings.ts';

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
