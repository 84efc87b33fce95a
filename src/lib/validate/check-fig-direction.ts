import type { Root } from 'mdast';
import type { MdxJsxTextElement } from 'satteri';
import { visit } from 'unist-util-visit';
import type { Figure } from '../../schemas/figure.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { formatInline } from '../model/format-figure.ts';
import { directionBefore } from '../model/written-numbers.ts';

/** What `<Fig show="…">` may say: `size` shows the figure without its sign ("fell by 52%"). */
export const figShows = ['size'] as const;

const attribute = (node: MdxJsxTextElement, name: string) =>
  node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

/**
 * The words before a figure agree with its sign. After a word for a fall ("fell by", "a fall of",
 * "down") the figure is negative and is shown by its size, `<Fig id="…" show="size" />`, so the
 * page reads "fell by 52%", never "fell by −52%"; after a word for a rise it is not negative.
 * `show="size"` needs such a word before it, or the sign would be lost.
 */
export function checkFigDirection(tree: Root, figures: readonly Figure[]): ContentIssue[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const issues: ContentIssue[] = [];
  visit(tree, 'mdxJsxTextElement', (node, index, parent) => {
    if (node.name !== 'Fig') return;
    const previous = index === undefined ? undefined : parent?.children[index - 1];
    const before = previous?.type === 'text' ? previous.value : '';
    const problem = directionProblem(before, byId.get(String(attribute(node, 'id'))), attribute(node, 'show'));
    if (problem) issues.push(contentError([], problem, node.position?.start.line));
  });
  return issues;
}

/** Why the words before a figure disagree with it, or undefined when they agree. */
export function directionProblem(before: string, figure: Figure | undefined, show: unknown): string | undefined {
  if (!figure || figure.value === undefined) return undefined;
  const direction = directionBefore(before);
  const words = /(\S+(?:\s+\S+)?)\s*$/.exec(before)?.[1] ?? '';
  const tag = `<Fig id="${figure.id}" />`;
  if (show !== undefined && show !== 'size')
    return `expected <Fig show="size">, the one thing show may say, found show="${String(show)}"`;
  const shown = formatInline(figure);
  if (direction === 'fall' && figure.value > 0)
    return `expected a negative figure after "${words}", found ${tag} = ${shown}: make its value negative, or write the words for a rise`;
  if (direction === 'rise' && figure.value < 0)
    return `expected a figure that is not negative after "${words}", found ${tag} = ${shown}: write the words for a fall, such as "fell by <Fig id="${figure.id}" show="size" />"`;
  if (direction === 'fall' && show !== 'size')
    return `expected the size of the fall after "${words}", found ${tag}, which reads "${shown}": write <Fig id="${figure.id}" show="size" />, or "changed by ${tag}"`;
  if (direction === undefined && show === 'size')
    return `expected a word for a rise or fall before <Fig id="${figure.id}" show="size" /> ("fell by", "up"), found "${words}": without one, the size hides the figure's sign`;
  return undefined;
}
