import { describe, expect, test } from 'vitest';
import { findBodyReferences, parseMdxBody } from '../../src/lib/find-body-references.ts';

describe('parseMdxBody', () => {
  test('finds every Fig, Chart and Section with its body line', () => {
    const body = ['<Section id="a">', '', 'Up <Fig id="gain" /> this year.', '', '<Chart id="gains" />', '', '</Section>', ''].join('\n');
    expect(parseMdxBody(body)).toEqual({
      references: [
        { component: 'Section', id: 'a', line: 1 },
        { component: 'Fig', id: 'gain', line: 3 },
        { component: 'Chart', id: 'gains', line: 5 },
      ],
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

  test('ignores other components and HTML', () => {
    expect(findBodyReferences('<Note id="x" /> <span id="y">z</span> <Fig id="f" />').map((r) => r.component)).toEqual(['Fig']);
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
