import { mdxToMdast, type MdastNode } from 'satteri';

/** Components in the MDX body that refer to the frontmatter by id. */
export const referencingComponents = ['Fig', 'Chart', 'Section'] as const;
export type ReferencingComponent = (typeof referencingComponents)[number];

export interface BodyReference {
  component: ReferencingComponent;
  id: string;
  /** 1-based line within the body. */
  line: number;
}

export interface ParsedBody {
  references: BodyReference[];
  /** Capitalised JSX elements that are not briefing components (likely typos, such as `<Fgi>`). */
  unknownComponents: { name: string; line: number }[];
  /** Set when the body is not valid MDX; the message is the parser's, the line body-relative. */
  syntaxError?: { line: number; message: string };
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

/** The id attribute's value, whether written `id="x"` or `id={"x"}`. */
function idOf(attributes: readonly JsxAttribute[]): string {
  const attribute = attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
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
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
    return {
      references: [],
      unknownComponents: [],
      syntaxError: { line: match ? Number(match[1]) : 1, message: (match?.[3] ?? message).replace(/\s*\(mdx[^)]*\)\s*$/, '').replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)\s*$/, '') },
    };
  }
  const references: BodyReference[] = [];
  const unknownComponents: ParsedBody['unknownComponents'] = [];
  const visit = (node: MdastNode) => {
    const element = node as MdastNode & { name?: unknown; attributes?: JsxAttribute[] };
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isReferencing(element.name)) {
      references.push({ component: element.name, id: idOf(element.attributes ?? []), line: node.position?.start.line ?? 1 });
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof element.name === 'string' && /^[A-Z]/.test(element.name)) {
      unknownComponents.push({ name: element.name, line: node.position?.start.line ?? 1 });
    }
    if ('children' in node && Array.isArray(node.children)) (node.children as MdastNode[]).forEach(visit);
  };
  visit(tree);
  return { references, unknownComponents };
}

/** Finds every `<Fig id>`, `<Chart id>` and `<Section id>` in an MDX body, with its line. */
export function findBodyReferences(body: string): BodyReference[] {
  return parseMdxBody(body).references;
}
