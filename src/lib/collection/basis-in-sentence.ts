import { defineMdastPlugin, type MdastVisitorContext, type MdxJsxTextElement } from 'satteri';
import { figuresInSentences, saidKinds, type InlineNode, type Said } from '../model/basis-in-words.ts';

const isSaid = (a: MdxJsxTextElement['attributes'][number]) => a.type === 'mdxJsxAttribute' && a.name === 'said';

/** Marks each `<Fig>` in a block with the bases its sentence says in its own words. */
function markBlock(block: InlineNode, ctx: MdastVisitorContext): void {
  for (const { figure, said } of figuresInSentences<MdxJsxTextElement & InlineNode>(block)) {
    const attributes = figure.attributes.filter((a) => !isSaid(a));
    if (said.length === 0 && attributes.length === figure.attributes.length) continue;
    // Sätteri sets no attributes in place: the element is replaced by one with `said` as found.
    ctx.replaceNode(figure, {
      type: 'mdxJsxTextElement',
      name: 'Fig',
      attributes: said.length
        ? [...attributes, { type: 'mdxJsxAttribute', name: 'said', value: said.join(' ') }]
        : attributes,
      children: [],
    });
  }
}

/**
 * An mdast plugin for the briefings' MDX (Sätteri, Astro's Markdown pipeline): marks each `<Fig>`
 * with the bases its sentence says in its own words (`said="estimate"` for "against estimates of
 * <Fig … />"), so the page shows a figure's basis only where the sentence does not already say it
 * (`figureInProse`). Authors cannot write `said` (the safe-subset check allows `id` and `show`
 * only); any found is replaced.
 */
export const basisInSentence = defineMdastPlugin({
  name: 'basis-in-sentence',
  paragraph: (node, ctx) => markBlock(node as InlineNode, ctx),
  heading: (node, ctx) => markBlock(node as InlineNode, ctx),
  tableCell: (node, ctx) => markBlock(node as InlineNode, ctx),
});

/** What a `<Fig said="…">` names of its figure, ignoring anything else. */
export function saidBases(said: string | undefined): Said[] {
  return (said ?? '').split(/\s+/).filter((word): word is Said => (saidKinds as readonly string[]).includes(word));
}
