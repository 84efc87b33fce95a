/** Components in the MDX body that refer to the frontmatter by id. */
export const referencingComponents = ['Fig', 'Chart', 'Section'] as const;
export type ReferencingComponent = (typeof referencingComponents)[number];

export interface BodyReference {
  component: ReferencingComponent;
  id: string;
  /** 1-based line within the body. */
  line: number;
}

const tagPattern = /<(Fig|Chart|Section)\b([^>]*)>/g;
const idPattern = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/;

/** Finds every `<Fig id>`, `<Chart id>` and `<Section id>` in an MDX body, with its line. */
export function findBodyReferences(body: string): BodyReference[] {
  const references: BodyReference[] = [];
  for (const match of body.matchAll(tagPattern)) {
    const id = idPattern.exec(match[2] ?? '');
    const line = body.slice(0, match.index).split('\n').length;
    references.push({
      component: match[1] as ReferencingComponent,
      id: id ? (id[1] ?? id[2] ?? id[3] ?? '') : '',
      line,
    });
  }
  return references;
}
