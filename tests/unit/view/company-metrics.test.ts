import { describe, expect, test } from 'vitest';
import { companyMetrics, metricRows, namedNote, type Found } from '../../../src/lib/view/company-metrics.ts';
import { resolvePeriod } from '../../../src/lib/model/periods.ts';
import type { FigureInput } from '../../../src/schemas/figure.ts';
import { checkedFigure } from '../../support/checked-figure.ts';

const found = (fields: Partial<FigureInput> & { briefing?: string; entityName?: string }): Found => {
  const { briefing = 'Spring', entityName = 'Example Corp', ...rest } = fields;
  const figure = checkedFigure({
    id: 'growth',
    entity: 'example-corp',
    metric: 'sales-growth',
    label: 'Example Corp sales growth',
    value: 12,
    unit: 'percent',
    precision: 'exact',
    basis: 'reported',
    period: { kind: 'quarter', year: 2024, quarter: 1 },
    source: 'report',
    quote: '12%',
    ...rest,
  });
  return {
    group: `${figure.entity}/${figure.metric}`,
    figure,
    period: resolvePeriod(figure.period),
    entityName,
    value: `${figure.value}%`,
    basisLabel: figure.basis,
    sources: [`${briefing} report`],
    briefing: { title: briefing, url: `/briefings/${briefing.toLowerCase()}/`, published: '2024-05-01' },
    where: { title: 'Results', href: `/briefings/${briefing.toLowerCase()}/#results` },
  };
};

const page = { url: '/companies/example-corp/', entity: 'example-corp', name: 'Example Corp', names: ['Example Corp'] };

describe('metricRows', () => {
  test('gives one row to briefings that state one value for one period, listing where each states it', () => {
    const rows = metricRows([
      found({ briefing: 'Summer' }),
      found({ briefing: 'Spring' }),
      found({ briefing: 'Spring', id: 'guess', value: 13, basis: 'estimate', quote: '13%' }),
    ]);
    expect(rows.map((r) => [r.period, r.value, r.basis, r.ids, r.appearances.map((a) => a.briefing.title)])).toEqual([
      ['The quarter to 31 March 2024', '12%', 'reported', ['growth'], ['Summer', 'Spring']],
      ['The quarter to 31 March 2024', '13%', 'estimate', ['guess'], ['Spring']],
    ]);
  });

  test('orders rows oldest period first', () => {
    const rows = metricRows([
      found({ period: { kind: 'quarter', year: 2024, quarter: 2 } }),
      found({ period: { kind: 'quarter', year: 2024, quarter: 1 } }),
    ]);
    expect(rows.map((r) => r.period)).toEqual(['The quarter to 31 March 2024', 'The quarter to 30 June 2024']);
  });
});

describe('companyMetrics', () => {
  test("names each metric without the company's name and charts it over its periods", () => {
    const [metric] = companyMetrics(
      [found({}), found({ id: 'q2', period: { kind: 'quarter', year: 2024, quarter: 2 }, value: 11, quote: '11%' })],
      page,
    );
    expect(metric!.title).toBe('Sales growth');
    expect(metric!.anchor).toBe('metric-example-corp-sales-growth');
    expect(metric!.chart?.title).toBe('Sales growth');
    expect(metric!.chart?.sourceLine).toBe('Source: Spring report.');
  });

  test("tells apart metrics that take one name by the segment's name, or the company's by its metric", () => {
    const metrics = companyMetrics(
      [
        found({ label: 'Revenue growth', metric: 'revenue-growth' }),
        found({ label: 'Revenue growth', metric: 'sales-growth' }),
        found({ label: 'Revenue growth', entity: 'gadgets', entityName: 'Gadgets', metric: 'revenue-growth' }),
      ].map((f) => ({ ...f, group: `${f.figure.entity}/${f.figure.metric}` })),
      page,
    );
    expect(metrics.map((m) => m.title)).toEqual([
      'Revenue growth (Gadgets)',
      'Revenue growth (revenue growth)',
      'Revenue growth (sales growth)',
    ]);
  });
});

describe('metric notes', () => {
  const q2 = { kind: 'quarter', year: 2024, quarter: 2 } as const;
  test('say the table lists estimates that a chart of reported values leaves out', () => {
    const [metric] = companyMetrics(
      [
        found({}),
        found({ id: 'q2', period: q2, value: 11, quote: '11%' }),
        found({ id: 'q2-guess', period: q2, value: 10, basis: 'estimate', quote: '10%' }),
      ],
      page,
    );
    expect(metric!.notes).toEqual(['The chart shows reported values; the table also lists estimates.']);
  });

  test('say nothing when the chart shows every basis the table lists', () => {
    const [metric] = companyMetrics([found({}), found({ id: 'q2', period: q2, value: 11, quote: '11%' })], page);
    expect(metric!.notes).toEqual([]);
  });

  test('name each currency with its periods, oldest first, and say the amounts are not converted', () => {
    const amount = { unit: 'currency', scale: 'billion', metric: 'revenue', label: 'Revenue' } as const;
    const [metric] = companyMetrics(
      [
        found({ ...amount, id: 'yuan', currency: 'CNY', value: 39.8, quote: '39.8 billion yuan', period: q2 }),
        found({ ...amount, id: 'dollars', currency: 'USD', value: 4.3, quote: '$4.3 billion' }),
      ],
      page,
    );
    expect(metric!.notes).toEqual([
      'Amounts are as each source gives them, in US dollars for Jan–Mar 2024 and Chinese yuan for Apr–Jun 2024; they are not converted, so amounts in different currencies cannot be compared.',
    ]);
    expect(namedNote('Revenue', metric!.notes[0]!)).toMatch(/^Revenue: amounts are as each source gives them/);
  });
});
