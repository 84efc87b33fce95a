import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import { visit } from 'unist-util-visit';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { bodyComponents } from './body-references.ts';

/** The URL without the control characters and spaces browsers ignore in a scheme ("java\tscript:"). */
function withoutIgnored(url: string): string {
  return [...url].filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f).join('');
}

/**
 * True for an address a briefing may link to: `https:` or `http:`, or a path on this site
 * (`/briefings/…`, `#section`, `../other/`). Anything with another scheme (`javascript:`, `data:`,
 * `mailto:`) or a protocol-relative `//host` is refused.
 */
export function isSafeUrl(url: string): boolean {
  const cleaned = withoutIgnored(url);
  if (/^https?:\/\/[^/]/i.test(cleaned)) return true;
  return isSitePath(cleaned);
}

/** A link within the site: no scheme and no `//host`. */
function isSitePath(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^[/\\]{2}/.test(url);
}

/** True for an image the site serves itself: an absolute path such as `/images/plant.png`. */
export function isSiteImage(url: string): boolean {
  const cleaned = withoutIgnored(url);
  return /^\/[^/\\]/.test(cleaned) && isSitePath(cleaned);
}

/** The attributes each briefing component takes; anything else is rejected. */
export const componentAttributes: Record<(typeof bodyComponents)[number], readonly string[]> = {
  Section: ['id'],
  Fig: ['id', 'show'],
  Chart: ['id'],
  Name: [],
};

/** An MDX expression that holds only comments (`{/* a note *\/}`) runs nothing and shows nothing. */
function isCommentOnly(code: string): boolean {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';
}

const short = (code: string) => {
  const oneLine = code.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
};

/** Each import or export statement in an ESM block, with its line offset within the block. */
function esmIssues(code: string): { message: string; offset: number }[] {
  const lines = code.split('\n');
  return lines.flatMap((line, offset) => {
    const keyword = /^\s*(import|export)\b/.exec(line)?.[1];
    if (!keyword) return [];
    const statement = short(line);
    return [
      {
        offset,
        message:
          keyword === 'import'
            ? `expected Markdown and briefing components only, found an import statement "${statement}": a briefing cannot import code, and its components need no import`
            : `expected Markdown and briefing components only, found an export statement "${statement}": a briefing cannot define values; data belongs in the frontmatter`,
      },
    ];
  });
}

/** What is wrong with one node of the body, if anything (its children are checked separately). */
function nodeIssues(node: Nodes): string[] {
  switch (node.type) {
    case 'mdxjsEsm':
      // One block may hold several statements; esmIssues reports each on its own line.
      return [];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return isCommentOnly(node.value)
        ? []
        : [
            `expected no JavaScript expressions, found {${short(node.value)}}: write numbers as <Fig id="..." /> and everything else as plain text`,
          ];
    case 'definition':
      // A definition sits apart from its links, often at the end outside any section; links are
      // read where they are written.
      return [
        `expected links written in place as [text](https://…), found the reference-style link definition [${short(node.label ?? '')}]: ${short(node.url)}`,
      ];
    case 'link':
      return isSafeUrl(node.url)
        ? []
        : [`expected a link to an https: or http: address or a path on this site, found "${short(node.url)}"`];
    case 'image':
      return isSiteImage(node.url)
        ? []
        : [
            `expected an image from this site (a path starting with /), found "${short(node.url)}": pages load nothing from other sites`,
          ];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementIssues(node);
    default:
      return [];
  }
}

function elementIssues(node: MdxJsxFlowElement | MdxJsxTextElement): string[] {
  const name = node.name ?? '';
  if (!/^[A-Z]/.test(name)) {
    return [
      name
        ? `expected Markdown or a briefing component, found the HTML element <${name}>: raw HTML is not allowed in a briefing; use Markdown for links, emphasis and lists`
        : 'expected Markdown or a briefing component, found a fragment <>: raw JSX is not allowed in a briefing',
    ];
  }
  // Unknown components are reported by the component check, with a suggestion.
  const allowed = componentAttributes[name as keyof typeof componentAttributes];
  if (!allowed) return [];
  const takes =
    allowed.length === 0
      ? 'no attributes'
      : allowed.length === 1
        ? `only the attribute ${allowed[0]}`
        : `only the attributes ${allowed.slice(0, -1).join(', ')} and ${allowed.at(-1)}`;
  const seen = new Set<string>();
  return node.attributes.flatMap((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute')
      return [`expected <${name}> to take ${takes}, found the spread {${short(attribute.value)}}`];
    // The checks would read one of two values and the compiler the other.
    if (seen.has(attribute.name)) return [`expected <${name}> to take ${attribute.name} once, found it twice`];
    seen.add(attribute.name);
    if (!allowed.includes(attribute.name))
      return [`expected <${name}> to take ${takes}, found the attribute ${attribute.name}`];
    if (typeof attribute.value !== 'string') {
      const code = attribute.value?.value;
      return [
        code === undefined
          ? `expected <${name} ${attribute.name}="..."> with a value, found none`
          : `expected <${name} ${attribute.name}="..."> written as a quoted string, found the expression {${short(code)}}`,
      ];
    }
    return [];
  });
}

/**
 * Checks that an MDX body stays within the briefing subset: Markdown, the documented components
 * with their documented attributes as plain strings, and links to http(s) addresses or this site.
 * No imports, exports, expressions or raw HTML, so a briefing never runs code or ships a script.
 */
export function checkSafeMdx(tree: Root): ContentIssue[] {
  const issues: ContentIssue[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    for (const message of nodeIssues(node)) issues.push(contentError([], message, line));
    if (node.type === 'mdxjsEsm')
      for (const { message, offset } of esmIssues(node.value)) issues.push(contentError([], message, line + offset));
  });
  return issues;
}
