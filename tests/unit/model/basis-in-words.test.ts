import { describe, expect, test } from 'vitest';
import { mdxToMdast } from 'satteri';
import { basisSaid, figuresInSentences, type InlineNode } from '../../../src/lib/model/basis-in-words.ts';

describe('basisSaid', () => {
  test('finds the words by which a sentence says an estimate or a projection itself', () => {
    expect(basisSaid('against estimates of')).toEqual(['estimate']);
    expect(basisSaid('above the consensus of')).toEqual(['estimate']);
    expect(basisSaid('what analysts had expected')).toEqual(['estimate', 'projected']);
    expect(basisSaid('it pledged to invest at least')).toEqual(['projected']);
    expect(basisSaid('the company guided for revenue of')).toEqual(['projected']);
    expect(basisSaid('Revenue rose to')).toEqual([]);
  });

  test('matches whole words only: "estimated" and "planned" do, "plane" and "willow" do not', () => {
    expect(basisSaid('an estimated')).toEqual(['estimate']);
    expect(basisSaid('it planned')).toEqual(['projected']);
    expect(basisSaid('a plane of willow')).toEqual([]);
  });

  test('finds the words by which a sentence says a figure was worked out', () => {
    expect(basisSaid('by our calculation, a beat of')).toEqual(['derived']);
    expect(basisSaid('which works out to')).toEqual(['derived']);
    expect(basisSaid('a calculated margin of')).toEqual(['derived']);
    expect(basisSaid('by our count,')).toEqual(['derived']);
    expect(basisSaid('a beat of')).toEqual([]);
    expect(basisSaid('it counted')).toEqual([]);
  });
});

describe('figuresInSentences', () => {
  const paragraph = (source: string) => (mdxToMdast(source) as { children: InlineNode[] }).children[0]!;
  const idOf = (figure: InlineNode) =>
    (figure as unknown as { attributes: { name: string; value: string }[] }).attributes.find((a) => a.name === 'id')!
      .value;

  test('gives each figure what its own sentence says, in document order', () => {
    const found = figuresInSentences(
      paragraph('Analysts expected <Fig id="a" />. It made <Fig id="b" /> and <Fig id="c" />, as it had planned.\n'),
    );
    expect(found.map(({ figure, said }) => [idOf(figure), said])).toEqual([
      ['a', ['estimate', 'projected']],
      ['b', ['projected']],
      ['c', ['projected']],
    ]);
  });

  test('reads a name as a word and the text inside emphasis', () => {
    const found = figuresInSentences(paragraph('<Name id="x" /> beat *the consensus* with <Fig id="a" />.\n'));
    expect(found.map(({ said }) => said)).toEqual([['estimate']]);
  });
});
