import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import { applyDerivedFigures } from '../../../src/lib/validate/apply-derived-figures.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { figureRecords } from '../../../src/lib/downloads/figure-records.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const series = loadBriefing('series');
const figure = (id: string) => series.figures.find((f) => f.id === id)!;

describe('applyDerivedFigures', () => {
  test('computes each derived figure and rounds it to its decimals', () => {
    expect(figure('sales-beat-margin').value).toBe(2);
    // (14 − 10) / 10 × 100, shown without decimals.
    expect(figure('cloud-growth-change').value).toBe(40);
  });

  test('computes a figure derived from a derived one', () => {
    const chained = {
      ...series,
      figures: [
        ...series.figures,
        {
          ...figure('sales-beat-margin'),
          id: 'beat-ratio',
          unit: 'multiple' as const,
          quote: undefined,
          derived: {
            formula: 'ratio' as const,
            of: ['sales-beat-margin', 'sales-beat-margin'] as [string, string],
            decimals: 1,
          },
        },
      ],
    };
    const { briefing, issues } = applyDerivedFigures(chained, { figures: [] });
    expect(issues).toEqual([]);
    expect(briefing!.figures.at(-1)!.value).toBe(1);
  });

  test('writes a gap between two percentages in basis points when the figure is in them', () => {
    const inBasisPoints = (quote: string, of: [string, string]) => {
      const margin = figure('sales-beat-margin');
      const gap = { ...margin, unit: 'basis-points' as const, quote, derived: { ...margin.derived!, of } };
      const briefing = { ...series, figures: series.figures.map((f) => (f.id === margin.id ? gap : f)) };
      const { briefing: checked, issues } = applyDerivedFigures(briefing, { figures: [] });
      return { value: checked?.figures.find((f) => f.id === margin.id)?.value, issues: issues.map((i) => i.message) };
    };
    expect(inBasisPoints('ahead by 200 basis points', ['sales-growth', 'sales-growth-estimate'])).toEqual({
      value: 200,
      issues: [],
    });
    // Accounting brackets state a fall: "(200 basis points)" is −200.
    expect(inBasisPoints('a margin change of (200 basis points)', ['sales-growth-estimate', 'sales-growth'])).toEqual({
      value: -200,
      issues: [],
    });
    expect(inBasisPoints('ahead by 200 basis points', ['sales-growth-estimate', 'sales-growth'])).toEqual({
      value: undefined,
      issues: [
        'expected the quote to state the computed value -200 as a fall, with a minus sign or a word such as "down", found "ahead by 200 basis points"',
      ],
    });
  });

  test('refuses a value typed in by hand for a derived figure', () => {
    const raw = { figures: series.figures.map((f) => (f.id === 'sales-beat-margin' ? { value: 2 } : {})) };
    const index = series.figures.findIndex((f) => f.id === 'sales-beat-margin');
    expect(applyDerivedFigures(series, raw).issues).toEqual([
      {
        severity: 'error',
        path: ['figures', index, 'value'],
        message:
          'expected no value because the figure is derived (the build computes it from sales-growth and sales-growth-estimate), found 2',
        line: undefined,
      },
    ]);
  });

  test('refuses a derivation that depends on itself', () => {
    const looped = {
      ...series,
      figures: series.figures.map((f) =>
        f.id === 'sales-beat-margin'
          ? { ...f, derived: { ...f.derived!, of: ['sales-growth', 'sales-beat-margin'] as [string, string] } }
          : f,
      ),
    };
    expect(applyDerivedFigures(looped, {}).issues.map((i) => i.message)).toEqual([
      'expected a figure not derived from "sales-beat-margin" itself, found "sales-beat-margin"',
    ]);
  });
});

describe('a derived figure on the page and in the downloads', () => {
  const validation = validateBriefingSource(readBriefingSource('series'));
  const view = buildBriefingView('series', resolveShownText(validation.briefing!), validation.body);

  test('is marked as derived inline and cites how it was worked out, in words and its inputs as written', () => {
    const derived = view.figures.get('cloud-growth-change')!;
    expect(derived.inline).toBe('40% (derived)');
    expect(derived.derived).toBe('the change from 10% to 14%');
    expect(derived.citation).toContain('40% (reported; derived), the change from 10% to 14%.');
  });

  test('carries its formula in the downloads, and no quote when the source states none', () => {
    const record = figureRecords(validation.briefing!).find((r) => r.id === 'cloud-growth-change')!;
    expect(record).toMatchObject({ value: 40, derived: 'derived: (14 − 10) / 10', quote: null });
    expect(figureRecords(validation.briefing!).find((r) => r.id === 'sales-growth')!.derived).toBeNull();
  });
});
