import { describe, expect, test } from 'vitest';
import { crossCheckBriefing } from '../../../src/lib/validate/cross-check-briefing.ts';
import { splitFrontmatter } from '../../../src/lib/validate/split-frontmatter.ts';
import { editBriefing, loadBriefing, readBriefingSource } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const body = splitFrontmatter(readBriefingSource('minimal')).body;
const messages = (briefing = minimal, text?: string) => crossCheckBriefing(briefing, text).map((i) => i.message);

describe('crossCheckBriefing', () => {
  test('passes a consistent briefing with its body', () => {
    expect(crossCheckBriefing(minimal, body)).toEqual([]);
  });

  test('leaves the body alone when given none', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.sections.push({ id: 'outlook', title: 'Outlook', level: 2, aliases: [] });
    });
    expect(messages(briefing)).toEqual([]);
    expect(messages(briefing, body)).toEqual(['expected <Section id="outlook"> in the body, found none']);
  });

  test('evaluates no claim or chart while an id does not resolve, so a typo reports only the dangling ids', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures[0]!.id = 'example-share-gian';
    });
    const issues = crossCheckBriefing(briefing);
    expect(issues.map((i) => i.path)).toEqual([
      ['keyFigures', 0],
      ['claims', 0, 'figure'],
      ['claims', 1, 'figure'],
      ['charts', 0, 'items', 0, 'figure'],
      ['charts', 0, 'caption'],
    ]);
    expect(new Set(issues.map((i) => i.message))).toEqual(
      new Set([
        'expected the id of a figure in figures, found "example-share-gain" (did you mean "example-share-gian"?)',
        'expected <Fig id> to name one of figures, found "example-share-gain" (did you mean "example-share-gian"?)',
      ]),
    );
  });

  test('checks quotes and histories even while ids do not resolve', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.subject.entity = 'nobody';
      b.figures[4]!.value = 5;
      b.figures[4]!.history = [{ value: 3, basis: 'projected', date: '2024-01-10' }];
    });
    expect(messages(briefing)).toEqual([
      'expected the id of an entity in entities, found "nobody"',
      'expected the quote to contain the value "5" or "five", found "opened four new factories last year"',
      'expected the date of the current value because the figure has a history, found nothing (the field is missing)',
    ]);
  });
});
