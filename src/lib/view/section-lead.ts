import type { Nodes, Root } from 'mdast';
import { figuresInSentences, type InlineNode, type Said } from '../model/basis-in-words.ts';
import { maxDescription, metaDescription } from './page-meta.ts';
import { capitalise } from '../errors/wording.ts';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The text a `<Fig>` reads as on the page, given its id, its `show` attribute and the bases its
 * sentence says of it in its own words (so its basis is not repeated).
 */
export type FigureText = (id: string, show: string | undefined, said: readonly Said[]) => string;

type Attributes = { type: string; name?: string; value?: unknown }[];

/** A plain attribute's value (`id="x"`); an expression reads as absent, the safe-MDX check rejects it. */
function attribute(attributes: Attributes, name: string): string | undefined {
  const found = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

/** What each figure's sentence says of it, by figure node, for the paragraphs under `node`. */
function saidOfFigures(node: Nodes, said = new Map<unknown, Said[]>()): Map<unknown, Said[]> {
  if (node.type === 'paragraph')
    for (const { figure, said: bases } of figuresInSentences(node as InlineNode)) said.set(figure, bases);
  else if ('children' in node) for (const child of node.children) saidOfFigures(child as Nodes, said);
  return said;
}

/** A node's text as a reader reads it: figures as the page prints them, names as written. */
function textOf(node: Nodes, figureText: FigureText, said: Map<unknown, Said[]>): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'mdxJsxTextElement' && node.name === 'Fig') {
    const id = attribute(node.attributes as Attributes, 'id');
    const show = attribute(node.attributes as Attributes, 'show');
    return id === undefined ? '' : figureText(id, show, said.get(node) ?? []);
  }
  // List items and paragraphs are blocks: a space between them, so their words never run together.
  const separator = node.type === 'list' || node.type === 'listItem' ? ' ' : '';
  if (node.type === 'paragraph' && leadIn(node)) {
    // What follows the lead-in opens the sentence: "**Apple:** a partnership" reads "A partnership".
    const rest = node.children
      .slice(1)
      .map((child) => textOf(child as Nodes, figureText, said))
      .join('')
      .trimStart();
    return capitalise(rest);
  }
  if (!('children' in node)) return '';
  return node.children.map((child) => textOf(child as Nodes, figureText, said)).join(separator);
}

/**
 * True when a paragraph opens with a bold lead-in that ends a sentence of its own ("**Monetisation.**
 * Turning AI…"): a label for the eye, which in a description would read as a fragment.
 */
function leadIn(paragraph: Nodes & { type: 'paragraph' }): boolean {
  const [first, second] = paragraph.children;
  const text = first?.type === 'strong' ? first.children.map((c) => ('value' in c ? c.value : '')).join('') : '';
  return second !== undefined && /[.:]\s*$/.test(text);
}

/**
 * As many whole sentences from the start of a text as fit a meta description; a first sentence
 * too long for one is cut at a word, with an ellipsis.
 */
function leadSentences(text: string): string {
  let lead = '';
  for (const { segment } of sentences.segment(text)) {
    if ((lead + segment).trim().length > maxDescription) break;
    lead += segment;
  }
  return lead.trim() || metaDescription(text);
}

/**
 * Each section's opening prose (its paragraphs and lists before anything else matters) as plain
 * text, by section id: what a share page of the section says of itself to search engines and share
 * cards, rather than the whole briefing's summary. Whole sentences up to a meta description's length.
 */
export function sectionLeads(tree: Root | undefined, figureText: FigureText): Map<string, string> {
  const leads = new Map<string, string>();
  const visit = (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' && node.name === 'Section') {
      const id = attribute(node.attributes as Attributes, 'id');
      const prose = node.children
        .filter((child) => child.type === 'paragraph' || child.type === 'list')
        .map((child) => textOf(child as Nodes, figureText, saidOfFigures(child as Nodes)))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (id !== undefined && !leads.has(id)) leads.set(id, leadSentences(prose));
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  if (tree) visit(tree);
  return leads;
}
