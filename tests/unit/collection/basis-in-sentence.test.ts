import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { basisInSentence, saidBases } from '../../../src/lib/collection/basis-in-sentence.ts';

/** The props each `<Fig>` is compiled with, in order, as `id` → `said` (absent when unset). */
function saidOf(source: string): Record<string, string | undefined> {
  const { code } = mdxToJs(source, { mdastPlugins: [basisInSentence] });
  const calls = [...code.matchAll(/_jsx\(Fig, \{([^}]*)\}\)/g)].map((m) => m[1]!);
  return Object.fromEntries(
    calls.map((props) => [/id: "([^"]+)"/.exec(props)![1], /said: "([^"]+)"/.exec(props)?.[1]]),
  );
}

describe('basisInSentence', () => {
  test('marks a figure whose sentence says its basis in words, and not one in the next sentence', () => {
    expect(saidOf('Revenue beat estimates of <Fig id="a" />. It earned <Fig id="b" />.\n')).toEqual({
      a: 'estimate',
      b: undefined,
    });
  });

  test('reads the words after the figure too, and through emphasis and links', () => {
    expect(
      saidOf(
        'Sales of <Fig id="a" /> were *above what analysts had expected*.\n\nIt [pledged](https://example.com) <Fig id="b" />.\n',
      ),
    ).toEqual({ a: 'estimate projected', b: 'projected' });
  });

  test('marks figures in headings and table cells', () => {
    expect(saidOf('## Guidance of <Fig id="a" />\n\n| x |\n|---|\n| plans <Fig id="b" /> |\n')).toEqual({
      a: 'projected',
      b: 'projected',
    });
  });

  test('replaces a said attribute already there with what the sentence says', () => {
    expect(saidOf('It earned <Fig id="a" said="estimate projected" />.\n')).toEqual({ a: undefined });
  });
});

describe('saidBases', () => {
  test('keeps the bases a said attribute names and nothing else', () => {
    expect(saidBases('estimate bogus projected')).toEqual(['estimate', 'projected']);
    expect(saidBases(undefined)).toEqual([]);
  });
});
