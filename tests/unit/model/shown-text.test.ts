import { describe, expect, test } from 'vitest';
import { parseFigureText, renderFigureText, resolveShownText, shownTexts } from '../../../src/lib/model/shown-text.ts';
import { loadBriefing } from '../../support/briefings.ts';

describe('parseFigureText', () => {
  test('splits text into words, figure references, names and stray tags', () => {
    expect(parseFigureText('Up <Fig id="gain" /> for <Name>Model 3</Name>, <b>bold</b>')).toEqual([
      { kind: 'text', text: 'Up ' },
      { kind: 'fig', id: 'gain', text: '<Fig id="gain" />' },
      { kind: 'text', text: ' for ' },
      { kind: 'name', text: 'Model 3' },
      { kind: 'text', text: ', ' },
      { kind: 'invalid', text: '<b>' },
      { kind: 'text', text: 'bold' },
      { kind: 'invalid', text: '</b>' },
    ]);
  });
});

describe('renderFigureText', () => {
  test('replaces each reference with the figure as it reads inline and unwraps names', () => {
    const inline = (id: string) => (id === 'gain' ? '25%' : undefined);
    expect(renderFigureText('Up <Fig id="gain"/> on <Name>Model 3</Name>', inline)).toBe('Up 25% on Model 3');
  });

  test('leaves an unknown reference as written and plain text as it is', () => {
    expect(renderFigureText('<Fig id="nope" />', () => undefined)).toBe('<Fig id="nope" />');
    expect(renderFigureText('No tags at all', () => '1')).toBe('No tags at all');
  });
});

describe('resolveShownText', () => {
  const briefing = loadBriefing('minimal');

  test('shows a caption reference as the figure reads in prose, bound included', () => {
    const resolved = resolveShownText(briefing);
    expect(resolved.charts[0]!.caption).toBe(
      "Example Corp's gain is known only to be more than 40%; Sample Inc and Demo Ltd trail it by amounts the report does not give.",
    );
    expect(resolved.title).toBe(briefing.title);
  });

  test('covers every shown text: title, summary, notes, labels, charts, claims and sections', () => {
    const withNote = {
      ...briefing,
      figures: briefing.figures.map((f, i) =>
        i === 0
          ? { ...f, history: [{ value: 30, basis: 'projected' as const, date: '2024-01-01', note: 'a note' }] }
          : f,
      ),
    };
    expect(shownTexts(withNote).map((t) => t.path.join('.'))).toEqual([
      'title',
      'summary',
      'asOf',
      'disclaimer',
      ...briefing.figures.flatMap((_, i) =>
        i === 0 ? ['figures.0.label', 'figures.0.history.0.note'] : [`figures.${i}.label`],
      ),
      'charts.0.title',
      'charts.0.caption',
      'charts.1.title',
      'charts.1.caption',
      'charts.1.sourceNote',
      ...briefing.claims.map((_, i) => `claims.${i}.statement`),
      ...briefing.sections.map((_, i) => `sections.${i}.title`),
    ]);
  });
});
