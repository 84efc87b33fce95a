import { idSchema } from '../../schemas/common.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import type { BodyReference } from './find-body-references.ts';
import { foundId } from '../errors/nearest-id.ts';

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
