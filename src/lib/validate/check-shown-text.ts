import type { Nodes, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { writtenNumbers } from '../model/written-numbers.ts';
import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { foundId } from '../errors/wording.ts';
import { parseFigureText, shownLabels, shownTexts } from '../model/shown-text.ts';
import { bareNumberMessage, findBareNumbers, nameProblem } from './find-bare-numbers.ts';
import type { Figure } from '../../schemas/figure.ts';

/**
 * Frontmatter text that a page shows (title, summary, captions, statements…) carries numbers only
 * as `<Fig id="…" />`, each naming a figure; a bare number there is an error, as in the prose, and
 * so is one in a label (a publisher, a series name). A `<Name>` or an entity's name is a short
 * name with no quantity in it, so neither can exempt a figure.
 */
export function checkShownText(briefing: Briefing): ContentIssue[] {
  const figureIds = new Set(briefing.figures.map((f) => f.id));
  const names = briefing.entities.map((e) => e.name);
  const prose = shownTexts(briefing).flatMap(({ text, path }) =>
    parseFigureText(text).flatMap((segment): ContentIssue[] => {
      switch (segment.kind) {
        case 'fig':
          return figureIds.has(segment.id)
            ? []
            : [contentError(path, `expected <Fig id> to name one of figures, ${foundId(segment.id, figureIds)}`)];
        case 'invalid':
          return [
            contentError(path, `expected <Fig id="..." /> or <Name>...</Name> in the text, found "${segment.text}"`),
          ];
        case 'text':
          return findBareNumbers(segment.text, names).map((found) =>
            contentError(path, bareNumberMessage('the text', found, briefing.figures)),
          );
        case 'name': {
          const problem = nameProblem(segment.text);
          return problem ? [contentError(path, `expected <Name> to mark ${problem}`)] : [];
        }
        default:
          return [];
      }
    }),
  );
  const labels = shownLabels(briefing).flatMap(({ text, path }) =>
    findBareNumbers(text, names).map((found) =>
      contentError(path, bareNumberMessage('the text', found, briefing.figures)),
    ),
  );
  const entityNames = briefing.entities.flatMap((entity, i) => {
    const problem = nameProblem(entity.name);
    return problem ? [contentError(['entities', i, 'name'], `expected ${problem}`)] : [];
  });
  return [...prose, ...labels, ...entityNames];
}

/** The text inside a node, its children's joined. */
const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

/**
 * Every number the body's prose shows comes from a figure: a number written in digits outside a
 * `<Fig>`, a `<Name>`, an entity's name or a date is an error on its line, in the text, in an
 * image's alternative text and in a link's or image's title. A `<Name>` is a short name with no
 * quantity in it.
 */
export function checkProseNumbers(tree: Root, figures: readonly Figure[], names: readonly string[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const check = (text: string, where: string, line: number) => {
    for (const found of findBareNumbers(text, names)) {
      const offset = text.slice(0, found.index).split('\n').length - 1;
      issues.push(contentError([], bareNumberMessage(where, found, figures), line + offset));
    }
  };
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Name') {
      const problem = nameProblem(textOf(node));
      if (problem) issues.push(contentError([], `expected <Name> to mark ${problem}`, line));
      return SKIP;
    }
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.value)
      check(node.value, 'the prose', line);
    // What an image or link shows or reads out: its alternative text and its title.
    if (node.type === 'image' && node.alt) check(node.alt, 'the alternative text', line);
    if ((node.type === 'image' || node.type === 'link') && node.title) check(node.title, 'the title', line);
    return undefined;
  });
  return issues;
}

/** A number the prose writes in words ("three years", "a third"): shown, but no figure holds it. */
export interface NumberInWords {
  /** The line it is on, within the body. */
  line: number;
  /** The words that give it, as written. */
  text: string;
}

/**
 * The numbers the body's prose writes in words, from two up and as fractions ("four quarters",
 * "a third", "a five-year average"): nothing traces them to a source, so the check lists them for
 * the editor to compare with it. "One" and "zero" are left out: they are mostly not quantities.
 */
export function numbersInWords(tree: Root): NumberInWords[] {
  const found: NumberInWords[] = [];
  visit(tree, (node) => {
    // A <Name> is a name, not a quantity: "Three Gorges".
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Name') return SKIP;
    if (node.type !== 'text') return undefined;
    const line = node.position?.start.line ?? 1;
    for (const number of writtenNumbers(node.value))
      if (!/\d/.test(number.text) && (number.fraction || number.value >= 2))
        found.push({ line: line + node.value.slice(0, number.index).split('\n').length - 1, text: number.text });
    return undefined;
  });
  return found;
}
