import type { Nodes, Root } from 'mdast';
import {
  mdxToMdast,
  type MdxJsxAttributeNode,
  type MdxJsxExpressionAttributeNode,
  type MdxJsxFlowElement,
  type MdxJsxTextElement,
} from 'satteri';
import { visitParents } from 'unist-util-visit-parents';
import { idSchema } from '../../schemas/common.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { foundId } from '../errors/wording.ts';

/** Components in the MDX body that refer to the frontmatter by id. */
export const referencingComponents = ['Fig', 'Chart', 'Section'] as const;

/** Every component a briefing body may use: the referencing ones, and `<Name>` for a name with digits. */
export const bodyComponents = [...referencingComponents, 'Name'] as const;
type ReferencingComponent = (typeof referencingComponents)[number];

export interface BodyReference {
  component: ReferencingComponent;
  id: string;
  /** 1-based line within the body. */
  line: number;
  /** The id of the `<Section>` the reference sits in, if any. */
  section?: string;
  /** Set when the id is written as an expression other than a string (the safe-subset check reports it). */
  computed?: true;
}

export interface ParsedBody {
  references: BodyReference[];
  /** Capitalised JSX elements that are not briefing components (likely typos, such as `<Fgi>`). */
  unknownComponents: { name: string; line: number }[];
  /** Lines of top-level prose outside any `<Section>` (it would belong to no heading or share page). */
  looseContent: number[];
  /** Set when the body is not valid MDX; the message is the parser's, the line body-relative. */
  syntaxError?: { line: number; message: string };
  /** The parsed tree, for the checks that walk it; absent after a syntax error. */
  tree?: Root;
}

type JsxAttribute = MdxJsxAttributeNode | MdxJsxExpressionAttributeNode;

/** The id attribute's value, whether written `id="x"` or `id={"x"}`. */
function idOf(attributes: readonly JsxAttribute[]): string {
  const attribute = attributes.find((a): a is MdxJsxAttributeNode => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const value = attribute?.value;
  if (typeof value === 'string') return value;
  const literal = value ? /^\s*["'`]([^"'`]*)["'`]\s*$/.exec(value.value) : null;
  return literal?.[1] ?? '';
}

function isReferencing(name: unknown): name is ReferencingComponent {
  return (referencingComponents as readonly unknown[]).includes(name);
}

/**
 * Parses an MDX body with the same Rust MDX parser Astro uses, returning every `<Fig id>`,
 * `<Chart id>` and `<Section id>` with its line, or the syntax error that stops the parse.
 */
export function parseMdxBody(body: string): ParsedBody {
  let tree: Root;
  try {
    const parsed = mdxToMdast(body);
    if (parsed.type !== 'root') throw new Error(`1:1: expected a document, found a ${parsed.type}`);
    tree = parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    return {
      references: [],
      unknownComponents: [],
      looseContent: [],
      syntaxError: {
        line: match ? Number(match[1]) : 1,
        message: (match?.[3] ?? message)
          .replace(/\s*\(mdx[^)]*\)\s*$/, '')
          .replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, ''),
      },
    };
  }
  const references: BodyReference[] = [];
  const unknownComponents: ParsedBody['unknownComponents'] = [];
  const isJsx = (node: Nodes) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  visitParents(tree, (node, ancestors) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const line = node.position?.start.line ?? 1;
    // The section a reference sits in is the nearest <Section> around it.
    const enclosing = ancestors.findLast(
      (a): a is MdxJsxFlowElement | MdxJsxTextElement =>
        (a.type === 'mdxJsxFlowElement' || a.type === 'mdxJsxTextElement') && a.name === 'Section',
    );
    const section = enclosing && idOf(enclosing.attributes);
    if (isReferencing(node.name)) {
      const id = idOf(node.attributes);
      const computed =
        !id &&
        node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'object');
      references.push({
        component: node.name,
        id,
        line,
        ...(section ? { section } : {}),
        ...(computed ? { computed: true as const } : {}),
      });
    } else if (
      typeof node.name === 'string' &&
      /^[A-Z]/.test(node.name) &&
      !(bodyComponents as readonly string[]).includes(node.name)
    ) {
      unknownComponents.push({ name: node.name, line });
    }
  });
  const looseContent = tree.children
    // Imports, exports and link definitions are refused by the safe-subset check, by name.
    .filter(
      (node) =>
        !['mdxjsEsm', 'definition'].includes(node.type) && !(isJsx(node) && 'name' in node && node.name === 'Section'),
    )
    .map((node) => node.position?.start.line ?? 1);
  return { references, unknownComponents, looseContent, tree };
}

/** Finds every `<Fig id>`, `<Chart id>` and `<Section id>` in an MDX body, with its line. */
export function findBodyReferences(body: string): BodyReference[] {
  return parseMdxBody(body).references;
}

/** The lists a body component's id is looked up in. */
export const listOf = { Fig: 'figures', Chart: 'charts', Section: 'sections' } as const;

/** The ids the frontmatter defines, per list; a list left out is not checked against. */
export type KnownIds = Partial<
  Record<(typeof listOf)[keyof typeof listOf], { has(id: string): boolean; keys(): Iterable<string> }>
>;

/** Every `<Fig>`, `<Chart>` and `<Section>` in the body names an id the frontmatter defines. */
export function checkBodyReferences(known: KnownIds, references: readonly BodyReference[]): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const ref of references) {
    const list = listOf[ref.component];
    const ids = known[list];
    if (ref.computed) continue;
    if (!ref.id)
      issues.push(contentError([], `expected <${ref.component}> to have an id="..." attribute, found none`, ref.line));
    else if (ids && !ids.has(ref.id))
      issues.push(
        contentError(
          [],
          `expected <${ref.component} id> to name one of ${list}, ${foundId(ref.id, ids.keys())}`,
          ref.line,
        ),
      );
  }
  return issues;
}

/**
 * The ids of frontmatter that failed its schema, as far as they can be trusted: a list whose items
 * all have a well-formed id. A list with a broken id is left out, so a misspelt id in the frontmatter
 * is reported once, there, and not again at every place the body uses it.
 */
export function knownIdsOf(data: unknown): KnownIds {
  const known: KnownIds = {};
  for (const list of Object.values(listOf)) {
    const items = (data as Record<string, unknown> | null)?.[list];
    if (!Array.isArray(items)) continue;
    const ids = items.map((item: unknown) => idSchema.safeParse((item as { id?: unknown } | null)?.id));
    if (ids.every((id) => id.success)) known[list] = new Set(ids.map((id) => id.data));
  }
  return known;
}
