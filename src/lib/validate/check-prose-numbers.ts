import type { MdastNode } from 'satteri';
import type { Figure } from '../../schemas/figure.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { bareNumberMessage } from './bare-number-message.ts';
import { findBareNumbers } from './find-bare-numbers.ts';

interface TextNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: TextNode[];
  position?: { start: { line: number } };
}

/**
 * Every number the body's prose shows comes from a figure: a number written in digits outside a
 * `<Fig>`, a `<Name>`, an entity's name or a date is an error on its line.
 */
export function checkProseNumbers(
  tree: MdastNode,
  figures: readonly Figure[],
  names: readonly string[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const visit = (node: TextNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Name') return;
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.value) {
      const line = node.position?.start.line ?? 1;
      for (const found of findBareNumbers(node.value, names)) {
        const offset = node.value.slice(0, found.index).split('\n').length - 1;
        issues.push(contentError([], bareNumberMessage('the prose', found, figures), line + offset));
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree as unknown as TextNode);
  return issues;
}
