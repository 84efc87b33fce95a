import { describe, expect, test } from 'vitest';
import { figureColumns, figureCsvRows, figureRecords } from '../../../src/lib/downloads/figure-records.ts';
import { toCsv } from '../../../src/lib/downloads/to-csv.ts';
import { loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

describe('figureRecords', () => {
  test('publishes one record per figure, in the briefing order', () => {
    expect(figureRecords(minimal).map((r) => r.id)).toEqual(minimal.figures.map((f) => f.id));
  });

  test('carries the value, how the page prints it and where it comes from', () => {
    expect(figureRecords(minimal)[0]).toEqual({
      id: 'example-share-gain',
      label: 'Example Corp share gain',
      entity: 'example-corp',
      entity_name: 'Example Corp',
      metric: 'share-gain',
      value: 40,
      value_to: null,
      scale: null,
      magnitude: 40,
      magnitude_to: null,
      unit: 'percent',
      currency: null,
      per: null,
      counts: null,
      precision: 'more-than',
      display: 'more than 40%',
      basis: 'reported',
      period: 'This year',
      period_start: null,
      period_end: null,
      as_of: null,
      source: 'trade-report',
      source_title: 'Fictional trade report on widget makers',
      quote: 'shares have gained more than 40% this year',
      derived: null,
      formula: null,
      derived_from: [],
      history: [],
    });
  });

  test('calls a computed figure derived, as the page does, with its formula and inputs', () => {
    const record = figureRecords(loadBriefing('series')).find((r) => r.id === 'cloud-growth-change')!;
    expect(record).toMatchObject({
      basis: 'derived',
      formula: 'percentage-change',
      derived_from: ['cloud-growth-q2', 'cloud-growth-q1'],
    });
    expect(record.derived).toMatch(/^derived: /);
  });

  test('writes the currency, the date of the value and its history with null for what is absent', () => {
    const [first] = minimal.figures;
    const revised = {
      ...minimal,
      figures: [
        {
          ...first!,
          unit: 'currency' as const,
          currency: 'USD',
          value: 1.5,
          asOf: '2024-03-01',
          history: [
            { value: 1.2, basis: 'projected' as const, date: '2024-01-10', note: 'before results' },
            { value: 1.4, basis: 'estimate' as const, date: '2024-02-01' },
          ],
        },
      ],
    };
    const [record] = figureRecords(revised);
    expect(record).toMatchObject({ currency: 'USD', as_of: '2024-03-01' });
    expect(record!.history).toEqual([
      {
        value: 1.2,
        value_to: null,
        display: 'more than US$1.2',
        basis: 'projected',
        date: '2024-01-10',
        source: 'trade-report',
        quote: null,
        note: 'before results',
      },
      {
        value: 1.4,
        value_to: null,
        display: 'more than US$1.4',
        basis: 'estimate',
        date: '2024-02-01',
        source: 'trade-report',
        quote: null,
        note: null,
      },
    ]);
  });

  test('writes a dated period in words and as its first and last day', () => {
    const [first] = minimal.figures;
    const dated = { ...minimal, figures: [{ ...first!, period: { kind: 'month' as const, year: 2024, month: 2 } }] };
    expect(figureRecords(dated)[0]).toMatchObject({
      period: 'February 2024',
      period_start: '2024-02-01',
      period_end: '2024-02-29',
    });
  });

  test('falls back to the ids when an entity or source is not in the briefing', () => {
    const orphan = { ...minimal, entities: [], sources: [] };
    const [record] = figureRecords(orphan);
    expect(record).toMatchObject({ entity_name: 'example-corp', source_title: 'trade-report' });
  });

  test('publishes an amount as written with its scale, and its true magnitude', () => {
    const [first] = minimal.figures;
    const scaled = {
      ...minimal,
      figures: [
        {
          ...first!,
          unit: 'currency' as const,
          currency: 'CNY',
          scale: 'billion' as const,
          precision: 'exact' as const,
          value: 277,
          to: 280,
          quote: 'between 277 and 280 billion yuan',
        },
      ],
    };
    expect(figureRecords(scaled)[0]).toMatchObject({
      value: 277,
      value_to: 280,
      scale: 'billion',
      magnitude: 277e9,
      magnitude_to: 280e9,
      display: 'CN¥277–280 billion',
    });
  });

  test('publishes a per-share value with what it is per', () => {
    const [first] = minimal.figures;
    const eps = {
      ...minimal,
      figures: [
        {
          ...first!,
          unit: 'currency' as const,
          currency: 'USD',
          per: 'share',
          precision: 'exact' as const,
          value: 1.76,
          quote: '$1.76 a share',
        },
      ],
    };
    expect(figureRecords(eps)[0]).toMatchObject({ per: 'share', magnitude: 1.76, display: 'US$1.76 per share' });
  });

  test('writes every column to CSV, the magnitude unscaled by binary noise', () => {
    const [first] = minimal.figures;
    const revenue = {
      ...minimal,
      figures: [
        {
          ...first!,
          unit: 'currency' as const,
          currency: 'USD',
          scale: 'billion' as const,
          precision: 'exact' as const,
          value: 13.7,
          quote: '$13.7 billion',
        },
      ],
    };
    const [header, row] = toCsv(figureRecords(revenue), figureColumns).split('\r\n');
    expect(header).toBe(figureColumns.join(','));
    expect(row).toContain(',13.7,,billion,13700000000,,currency,USD,,,exact,US$13.7 billion,');
  });

  test('writes history and inputs to CSV as text a spreadsheet shows, not JSON', () => {
    const [first] = minimal.figures;
    const revised = {
      ...minimal,
      figures: [
        {
          ...first!,
          asOf: '2024-03-01',
          history: [
            { value: 30, basis: 'projected' as const, date: '2024-01-10', note: 'before results' },
            { value: 35, basis: 'estimate' as const },
          ],
        },
      ],
    };
    const [row] = figureCsvRows(figureRecords(revised));
    expect(row!.history).toBe(
      'more than 30% (projected, 2024-01-10, source trade-report); more than 35% (estimate, source trade-report)',
    );
    const derived = figureCsvRows(figureRecords(loadBriefing('series'))).find((r) => r.id === 'cloud-growth-change')!;
    expect(derived.derived_from).toBe('cloud-growth-q2, cloud-growth-q1');
    const csv = toCsv(figureCsvRows(figureRecords(revised)), figureColumns);
    expect(csv).not.toContain('{');
    expect(csv).toContain(
      ',"more than 30% (projected, 2024-01-10, source trade-report); more than 35% (estimate, source trade-report)"',
    );
  });
});
