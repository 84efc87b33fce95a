import { checkedFigure } from '../../support/checked-figure.ts';
import { describe, expect, test } from 'vitest';
import {
  figureInProse,
  figureInProseText,
  figureBasisLabel,
  formatInline,
  formatValue,
  formatWithBasis,
  figureChanges,
  previousValueNote,
  withBasis,
} from '../../../src/lib/model/format-figure.ts';
import type { FigureInput } from '../../../src/schemas/figure.ts';

describe('formatValue', () => {
  test('spells out a lower bound', () => {
    expect(formatValue({ value: 25, unit: 'percent', precision: 'more-than' })).toBe('more than 25%');
  });

  test('shows an amount as the quote writes it: its scale and its decimals', () => {
    const revenue = { unit: 'currency', currency: 'USD', precision: 'exact', scale: 'billion' } as const;
    expect(formatValue({ ...revenue, value: 13.7, quote: 'revenue of $13.7 billion' })).toBe('US$13.7 billion');
    expect(formatValue({ ...revenue, value: 1.095, quote: 'sales of $1.095B' })).toBe('US$1.095 billion');
    expect(formatValue({ ...revenue, value: 30.3, currency: 'EUR', quote: 'revenue of €30.3bn' })).toBe(
      '€30.3 billion',
    );
  });

  test('keeps the zeros a quote writes after the point, and adds none it does not', () => {
    const price = { unit: 'currency', currency: 'USD', precision: 'exact' } as const;
    expect(formatValue({ ...price, value: 4.4, quote: 'a target of $4.40' })).toBe('US$4.40');
    expect(formatValue({ ...price, value: 94, quote: 'a $94 price target' })).toBe('US$94');
  });

  test('takes the decimals field over the quote', () => {
    expect(
      formatValue({ value: 94, unit: 'currency', currency: 'USD', precision: 'exact', decimals: 2, quote: '$94' }),
    ).toBe('US$94.00');
  });

  test('shows a per-share value written in cents in cents', () => {
    expect(
      formatValue({
        value: 0.04,
        unit: 'currency',
        currency: 'USD',
        per: 'share',
        precision: 'exact',
        quote: 'earned 4 cents a share',
      }),
    ).toBe('4 US cents per share');
  });

  test('shows a fall with a minus sign, however the source words it', () => {
    expect(formatValue({ value: -12, unit: 'percent', precision: 'exact', quote: 'Apple is down 12%' })).toBe('−12%');
    expect(
      formatValue({
        value: -233,
        unit: 'currency',
        currency: 'USD',
        scale: 'billion',
        precision: 'exact',
        quote: 'shed $233 billion',
      }),
    ).toBe('−US$233 billion');
  });

  test('shows each precision with its words', () => {
    const base = { unit: 'percent', quote: '' } as const;
    expect(formatValue({ ...base, value: 80, precision: 'nearly' })).toBe('nearly 80%');
    expect(formatValue({ ...base, value: 11, precision: 'up-to' })).toBe('up to 11%');
    expect(formatValue({ ...base, value: 33, precision: 'about' })).toBe('about 33%');
    expect(formatValue({ value: 0.333, unit: 'fraction', precision: 'about', quote: 'about a third' })).toBe(
      'about a third',
    );
  });

  test('shows a range once, at the precision of its quote', () => {
    expect(
      formatValue({
        value: 4.35,
        to: 4.55,
        unit: 'currency',
        currency: 'USD',
        per: 'share',
        precision: 'exact',
        quote: 'EPS of $4.35 to $4.55',
      }),
    ).toBe('US$4.35–4.55 per share');
    expect(formatValue({ value: 0, to: 2, unit: 'percent', precision: 'exact', quote: 'from flat to 2%' })).toBe(
      '0% – 2%',
    );
  });
});

describe('formatInline', () => {
  test('marks a projected figure as projected', () => {
    expect(formatInline({ value: 9.7, unit: 'percent', precision: 'exact', basis: 'projected' })).toBe(
      '9.7% (projected)',
    );
  });
});

describe('formatWithBasis', () => {
  test('names the basis of a reported figure too', () => {
    expect(formatWithBasis({ value: 12.2, unit: 'multiple', precision: 'exact', basis: 'reported' })).toBe(
      '12.2× (reported)',
    );
  });
});

const base: FigureInput = {
  id: 'cloud-growth',
  label: 'Cloud revenue growth',
  entity: 'example-corp',
  metric: 'cloud-growth',
  value: 10.2,
  unit: 'percent',
  period: 'Last quarter',
  basis: 'reported',
  source: 'results',
  quote: 'cloud revenue rose 10.2%',
};
const figure = (input: Partial<FigureInput>) => checkedFigure({ ...base, ...input });

describe('figureChanges', () => {
  test('lists no changes for a figure that was never revised', () => {
    expect(figureChanges(figure({}))).toEqual([]);
  });

  test('lists one change from the projection to the reported value, dated when the new value took effect', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected', date: '2024-01-10' }] });
    expect(figureChanges(revised)).toEqual([
      {
        figureId: 'cloud-growth',
        label: 'Cloud revenue growth',
        date: '2024-02-20',
        from: '9.7% (projected)',
        to: '10.2%',
        fromSource: 'results',
        toSource: 'results',
      },
    ]);
  });

  test("names the source of each value: the revision's own, or the figure's", () => {
    const revised = figure({
      asOf: '2024-02-20',
      history: [{ value: 9.7, basis: 'projected', date: '2024-01-10', source: 'preview', quote: 'seen growing 9.7%' }],
    });
    expect(figureChanges(revised).map(({ fromSource, toSource }) => ({ fromSource, toSource }))).toEqual([
      { fromSource: 'preview', toSource: 'results' },
    ]);
  });

  test("shows an earlier value of an amount with the figure's scale and currency", () => {
    const revised = checkedFigure({
      ...base,
      value: 4.3,
      unit: 'currency',
      currency: 'USD',
      scale: 'billion',
      quote: 'grew 13% to US$4.3 billion',
      asOf: '2024-02-20',
      history: [{ value: 4.1, basis: 'estimate', date: '2024-01-10' }],
    });
    expect(figureChanges(revised)[0]).toMatchObject({ from: 'US$4.1 billion (estimate)', to: 'US$4.3 billion' });
  });

  test('leaves the date of an undated earlier value empty', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected' }] });
    expect(figureChanges(revised)[0]?.date).toBe('2024-02-20');
  });

  test('chains several revisions oldest first, each from one recorded value to the next', () => {
    const revised = figure({
      asOf: '2024-03-01',
      history: [
        { value: 9, basis: 'estimate', date: '2023-12-01' },
        { value: 9.7, basis: 'projected', date: '2024-01-10' },
      ],
    });
    expect(figureChanges(revised).map(({ date, from, to }) => ({ date, from, to }))).toEqual([
      { date: '2024-01-10', from: '9% (estimate)', to: '9.7% (projected)' },
      { date: '2024-03-01', from: '9.7% (projected)', to: '10.2%' },
    ]);
  });
});

describe('previousValueNote', () => {
  test('says nothing for a figure that was never revised', () => {
    expect(previousValueNote(figure({}))).toBeUndefined();
  });

  test('names the earlier basis when the revision changed it', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected', date: '2024-01-10' }] });
    expect(previousValueNote(revised)).toBe('was projected at 9.7%');
  });

  test('gives only the earlier value when the basis stayed the same', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.9, basis: 'reported', date: '2024-01-10' }] });
    expect(previousValueNote(revised)).toBe('was 9.9%');
  });

  test('reads from the latest earlier value only', () => {
    const revised = figure({
      asOf: '2024-03-01',
      history: [
        { value: 9, basis: 'estimate', date: '2023-12-01' },
        { value: 9.7, basis: 'projected', date: '2024-01-10' },
      ],
    });
    expect(previousValueNote(revised)).toBe('was projected at 9.7%');
  });
});

describe('withBasis', () => {
  test('leaves a reported number alone and names any other basis after it', () => {
    expect(withBasis('12%', 'reported')).toBe('12%');
    expect(withBasis('9.7%', 'projected')).toBe('9.7% (projected)');
    expect(withBasis('US$5 billion', 'estimate')).toBe('US$5 billion (estimate)');
  });

  test('says a computed number is derived, and names the basis when asked even if reported', () => {
    expect(withBasis('5%', 'reported', { derived: true })).toBe('5% (derived)');
    expect(withBasis('4.2%', 'projected', { derived: true })).toBe('4.2% (projected; derived)');
    expect(withBasis('4.2%', 'reported', { always: true })).toBe('4.2% (reported)');
    expect(withBasis('CN¥37.7 billion', 'estimate', { said: ['estimate'] })).toBe('CN¥37.7 billion');
    expect(withBasis('5%', 'reported', { derived: true, always: true })).toBe('5% (reported; derived)');
  });
});

describe('formatInline on lengths of time and counts', () => {
  test('leaves the basis to tables and key figures: "over 3 years", not "3 years (projected)"', () => {
    expect(formatInline({ value: 3, unit: 'years', precision: 'exact', basis: 'projected' })).toBe('3 years');
    expect(formatInline({ value: 10, unit: 'count', precision: 'exact', basis: 'estimate' })).toBe('10');
    expect(formatInline({ value: 4.2, unit: 'percent', precision: 'exact', basis: 'projected' })).toBe(
      '4.2% (projected)',
    );
  });
});

describe('figureBasisLabel', () => {
  test('names the basis, or "derived" for a computed figure whatever its basis', () => {
    expect(figureBasisLabel({ basis: 'reported' })).toBe('reported');
    expect(figureBasisLabel({ basis: 'estimate' })).toBe('estimate');
    expect(figureBasisLabel({ basis: 'reported', derived: { formula: 'percentage-change', of: ['a', 'b'] } })).toBe(
      'derived',
    );
    expect(figureBasisLabel({ basis: 'projected', derived: { formula: 'difference', of: ['a', 'b'] } })).toBe(
      'derived',
    );
  });
});

describe('figureInProse', () => {
  const estimate = figure({ basis: 'estimate', value: 37.9, unit: 'percent' });

  test('tags an estimate or a projection apart from its value, unless its sentence says it', () => {
    expect(figureInProse(estimate)).toEqual({ text: '37.9%', tag: 'estimate' });
    expect(figureInProse(estimate, ['estimate'])).toEqual({ text: '37.9%' });
    expect(figureInProse(estimate, ['projected'])).toEqual({ text: '37.9%', tag: 'estimate' });
    expect(figureInProseText(estimate)).toBe('37.9% (estimate)');
  });

  test('never tags a reported figure, a length of time or a count', () => {
    expect(figureInProse(figure({}))).toEqual({ text: '10.2%' });
    expect(figureInProse(figure({ basis: 'projected', value: 3, unit: 'years' }))).toEqual({ text: 'three years' });
  });

  test('writes a length of time or a count from one to nine in words, larger ones in digits', () => {
    expect(figureInProseText(figure({ value: 2, unit: 'years', precision: 'about' }))).toBe('about two years');
    expect(figureInProseText(figure({ value: 1, unit: 'months' }))).toBe('one month');
    expect(figureInProseText(figure({ value: 12, unit: 'months' }))).toBe('12 months');
    expect(figureInProseText(figure({ value: 10, unit: 'count', scale: 'million', counts: 'downloads' }))).toBe(
      '10 million downloads',
    );
    expect(figureInProseText(figure({ value: 2.5, unit: 'years' }))).toBe('2.5 years');
  });

  test('tags a figure worked out from others, unless its sentence says it was', () => {
    const computed = { ...figure({}), derived: { formula: 'difference', of: ['a', 'b'] } } as never;
    expect(figureInProse(computed)).toEqual({ text: '10.2%', tag: 'derived' });
    expect(figureInProse(computed, ['derived'])).toEqual({ text: '10.2%' });
    const computedEstimate = { ...estimate, derived: { formula: 'difference', of: ['a', 'b'] } } as never;
    expect(figureInProseText(computedEstimate)).toBe('37.9% (estimate; derived)');
    expect(figureInProseText(computedEstimate, ['estimate'])).toBe('37.9% (derived)');
  });

  test('always says what a revised figure was, whatever its sentence says', () => {
    const revised = figure({ asOf: '2024-02-20', history: [{ value: 9.7, basis: 'projected', date: '2024-01-10' }] });
    expect(figureInProse(revised, ['projected', 'estimate'])).toEqual({
      text: '10.2%',
      tag: 'reported; was projected at 9.7%',
    });
  });
});
