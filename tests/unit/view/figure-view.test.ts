import { describe, expect, test } from 'vitest';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { buildFigureView } from '../../../src/lib/view/figure-view.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');

function viewOf(briefing: Briefing, id: string) {
  return buildFigureView(
    briefing.figures.find((f) => f.id === id)!,
    indexBriefing(briefing),
    briefing,
  );
}

describe('buildFigureView', () => {
  test('shows a reported figure with its bound, entity, source and a citation that names the basis', () => {
    const { figure, ...view } = viewOf(minimal, 'example-share-gain');
    expect(figure).toBe(minimal.figures.find((f) => f.id === 'example-share-gain'));
    expect(view).toEqual({
      id: 'example-share-gain',
      anchor: 'figure-example-share-gain',
      label: 'Example Corp share gain',
      entityName: 'Example Corp',
      entityUrl: '/companies/example-corp/',
      value: 'more than 40%',
      inline: 'more than 40%',
      revised: undefined,
      basis: 'reported',
      basisLabel: 'reported',
      period: 'This year',
      sourceTitle: 'Fictional trade report on widget makers',
      quote: 'shares have gained more than 40% this year',
      citation:
        "Example Corp share gain: more than 40% (reported). Source: “Fictional trade report on widget makers”, Example Gazette (1 March 2024). From “Example Corp's widget rally”. Based on: One fictional trade report, written for tests.",
    });
  });

  test('marks a projected figure as projected inline', () => {
    expect(viewOf(minimal, 'example-sales-growth')).toMatchObject({
      value: '12.5%',
      inline: '12.5% (projected)',
      basisLabel: 'projected',
    });
  });

  test('gives a revised figure its previous value, inline and in its citation', () => {
    const briefing = editBriefing(minimal, (b) => {
      Object.assign(b.figures[2]!, {
        basis: 'reported',
        value: 13,
        asOf: '2024-03-01',
        history: [{ value: 12.5, basis: 'projected', date: '2024-01-10' }],
      });
    });
    const view = viewOf(briefing, 'example-sales-growth');
    expect(view.revised).toBe('was projected at 12.5%');
    expect(view.inline).toBe('13% (reported; was projected at 12.5%)');
    expect(
      view.citation.startsWith('Example Corp sales growth: 13% (reported; was projected at 12.5%). Source: '),
    ).toBe(true);
  });

  test('calls a derived figure derived, as the data files do, whatever the basis of its inputs', () => {
    const series = loadBriefing('series');
    expect(viewOf(series, 'sales-beat-margin')).toMatchObject({ basis: 'reported', basisLabel: 'derived' });
  });

  test('names a figure whose label runs on into its value by its metric name, in its citation too', () => {
    const briefing = editBriefing(minimal, (b) => {
      Object.assign(b.figures[0]!, {
        label: 'Example Corp shares at their highest since',
        metricName: 'Example Corp share gain this year',
      });
    });
    const view = viewOf(briefing, b0(briefing));
    expect(view.label).toBe('Example Corp share gain this year');
    expect(view.citation.startsWith('Example Corp share gain this year: ')).toBe(true);
  });

  test('keeps a label that reads as a name, even beside a metric name', () => {
    const briefing = editBriefing(minimal, (b) => {
      Object.assign(b.figures[0]!, { metricName: 'Share gain' });
    });
    expect(viewOf(briefing, b0(briefing)).label).toBe(briefing.figures[0]!.label);
  });
});

const b0 = (briefing: Briefing) => briefing.figures[0]!.id;
