import type { Basis } from '../../schemas/figure.ts';

/**
 * What a sentence can say of a figure in its own words: a basis other than reported, or that the
 * figure was worked out from others rather than quoted.
 */
export type Said = Exclude<Basis, 'reported'> | 'derived';

/**
 * Words by which a sentence says a figure's basis itself ("against estimates of …", "what analysts
 * had expected", "it plans to spend …", "by our calculation"): beside them the figure's tag would
 * only repeat it. A reported figure quoted from its source never carries a tag in prose.
 */
const basisSaidBy: Record<Said, RegExp> = {
  estimate: /\b(?:estimated?|estimates|consensus|expected|expectations?|forecasts?|analysts?)\b/i,
  projected:
    /\b(?:project(?:ed|ions?|s)|forecasts?|expects?|expected|plans?|planned|pledged?|pledges|targets?|targeted|guidance|guided|outlook|aims?|aimed|will|intends?)\b/i,
  derived: /\b(?:calculat(?:ed?|es|ions?|ing)|works? out|worked out|derived|by our (?:count|reckoning))\b/i,
};

/** Everything a sentence can say of a figure, as `<Fig said="…">` lists it. */
export const saidKinds = Object.keys(basisSaidBy) as Said[];

/** What a piece of text says in its own words (see `basisSaidBy`) of a figure placed in it. */
export function basisSaid(text: string): Said[] {
  return saidKinds.filter((kind) => basisSaidBy[kind].test(text));
}

/** An inline node of a briefing's Markdown (mdast), as far as its text goes. */
export interface InlineNode {
  type: string;
  value?: string;
  name?: string | null;
  children?: readonly InlineNode[];
}

/** Stands for a figure in a sentence's text: a private-use character no briefing writes. */
const figureMark = '\uE000';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

const isFigure = (node: InlineNode) => node.type === 'mdxJsxTextElement' && node.name === 'Fig';

/** A block's text with each `<Fig>` as a mark, collecting the `<Fig>` nodes in the order of their marks. */
function flatten(node: InlineNode, figures: InlineNode[]): string {
  if (isFigure(node)) {
    figures.push(node);
    return figureMark;
  }
  // A name (`<Name id="…" />`) stands in the sentence as a word whose meaning is not known here.
  if (node.type === 'mdxJsxTextElement' && node.name === 'Name') return 'Name';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => flatten(child, figures)).join('');
}

/**
 * Each `<Fig>` in a block of prose (a paragraph, heading or table cell) with the bases its own
 * sentence says in words, in document order: the sentence is the figure's context, so a tag is
 * left out only where the words around that very figure say its basis.
 */
export function figuresInSentences<N extends InlineNode>(block: InlineNode): { figure: N; said: Said[] }[] {
  const figures: InlineNode[] = [];
  // A line break inside a paragraph is a space: the segmenter would end a sentence there.
  const text = flatten(block, figures).replace(/\s+/g, ' ');
  const found: { figure: N; said: Said[] }[] = [];
  for (const { segment } of sentences.segment(text)) {
    const said = basisSaid(segment.replaceAll(figureMark, ' '));
    const count = segment.split(figureMark).length - 1;
    for (let i = 0; i < count; i++) found.push({ figure: figures[found.length] as N, said });
  }
  return found;
}
