import { describe, expect, test } from 'vitest';
import {
  findBodyReferences,
  parseMdxBody,
  checkBodyReferences,
  knownIdsOf,
} from '../../../src/lib/validate/body-references.ts';

describe('parseMdxBody', () => {
  test('finds every Fig, Chart and Section with its body line and enclosing section', () => {
    const body = [
      '<Section id="a">',
      '',
      'Up <Fig id="gain" /> this year.',
      '',
      '<Chart id="gains" />',
      '',
      '</Section>',
      '',
    ].join('\n');
    expect(parseMdxBody(body)).toEqual({
      tree: expect.objectContaining({ type: 'root' }),
      references: [
        { component: 'Section', id: 'a', line: 1 },
        { component: 'Fig', id: 'gain', line: 3, section: 'a' },
        { component: 'Chart', id: 'gains', line: 5, section: 'a' },
      ],
      unknownComponents: [],
      looseContent: [],
    });
  });

  test('reads an id written as a string expression', () => {
    expect(findBodyReferences('Up <Fig id={"gain"} /> and <Fig id={\'loss\'} />.')).toEqual([
      { component: 'Fig', id: 'gain', line: 1 },
      { component: 'Fig', id: 'loss', line: 1 },
    ]);
  });

  test('gives an empty id for a missing or computed id', () => {
    expect(findBodyReferences('<Fig />\n\n<Chart id={chartId} />').map((r) => r.id)).toEqual(['', '']);
  });

  test('marks an id computed by an expression, which a missing id is not', () => {
    expect(findBodyReferences('<Fig />\n\n<Chart id={chartId} />').map((r) => r.computed)).toEqual([undefined, true]);
  });

  test('returns only references, not other components or HTML', () => {
    expect(findBodyReferences('<Note id="x" /> <span id="y">z</span> <Fig id="f" />').map((r) => r.component)).toEqual([
      'Fig',
    ]);
  });

  test('lists capitalised components that are not briefing components, with their lines', () => {
    const parsed = parseMdxBody('Up <Fgi id="gain" />.\n\n<Note>Hi</Note>\n\n<span>ok</span>');
    expect(parsed.references).toEqual([]);
    expect(parsed.unknownComponents).toEqual([
      { name: 'Fgi', line: 1 },
      { name: 'Note', line: 3 },
    ]);
  });

  test('lists the lines of top-level content outside any section', () => {
    expect(parseMdxBody('Intro.\n\n<Section id="a">\n\nIn.\n\n</Section>\n\nOutro.\n').looseContent).toEqual([1, 9]);
  });

  test('reports a syntax error with its body line and without positions in the message', () => {
    const parsed = parseMdxBody('a\n\n<Chart id="x">\n\n</Section>\n');
    expect(parsed.references).toEqual([]);
    expect(parsed.syntaxError).toEqual({
      line: 5,
      message: 'Unexpected closing tag `</Section>`, expected corresponding closing tag for `<Chart>`',
    });
  });
});

describe('knownIdsOf', () => {
  test('reads the ids of each list whose items all have a well-formed id', () => {
    const known = knownIdsOf({
      figures: [{ id: 'sales-growth' }, { id: 'share-gain', value: 'not a number' }],
      charts: [{ id: 'Bad_Id' }, { id: 'rally' }],
      sections: 'not a list',
    });
    expect([...known.figures!.keys()]).toEqual(['sales-growth', 'share-gain']);
    expect(known.charts).toBeUndefined();
    expect(known.sections).toBeUndefined();
  });

  test('reads nothing from frontmatter that is not an object', () => {
    expect(knownIdsOf(null)).toEqual({});
    expect(knownIdsOf('text')).toEqual({});
  });
});

describe('checkBodyReferences', () => {
  test('reports an unknown id with the nearest known one, and skips lists it cannot trust', () => {
    const issues = checkBodyReferences({ figures: new Set(['sales-growth']) }, [
      { component: 'Fig', id: 'sales-grwoth', line: 3 },
      { component: 'Chart', id: 'anything', line: 4 },
      { component: 'Section', id: '', line: 5 },
    ]);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'expected <Fig id> to name one of figures, found "sales-grwoth" (did you mean "sales-growth"?)'],
      [5, 'expected <Section> to have an id="..." attribute, found none'],
    ]);
  });

  test('leaves an id written as an expression to the safe-subset check', () => {
    expect(checkBodyReferences({}, [{ component: 'Fig', id: '', line: 2, computed: true }])).toEqual([]);
  });
});
