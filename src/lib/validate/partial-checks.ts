import type { Briefing } from '../../schemas/briefing.ts';
import { entitySchema } from '../../schemas/entity.ts';
import { figureSchema, type Figure } from '../../schemas/figure.ts';
import type { ContentIssue } from '../errors/content-issue.ts';
import { checkBodySource } from './check-body-source.ts';
import { knownIdsOf } from './check-body-references.ts';
import { checkProseNumbers } from './check-prose-numbers.ts';
import { checkQuotes } from './check-quotes.ts';

/** The items of a frontmatter list that pass their own schema, each with its index in the list. */
function validItems<T>(list: unknown, parse: (item: unknown) => T | undefined): { item: T; index: number }[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw, index) => {
    const item = parse(raw);
    return item === undefined ? [] : [{ item, index }];
  });
}

/**
 * The checks that can still run on a frontmatter that fails its schema, so one run reports every
 * problem a later fix would otherwise reveal: the body's syntax and references, the quotes of each
 * figure that is valid on its own, and bare numbers in the prose.
 */
export function partialChecks(data: unknown, body: string): ContentIssue[] {
  const raw = (data ?? {}) as Record<string, unknown>;
  const figures = validItems(raw.figures, (f) => {
    const parsed = figureSchema.safeParse(f);
    // A derived figure has no value to check until the whole briefing is valid.
    return parsed.success && parsed.data.value !== undefined ? (parsed.data as Figure) : undefined;
  });
  const names = validItems(raw.entities, (e) => {
    const parsed = entitySchema.safeParse(e);
    return parsed.success ? parsed.data.name : undefined;
  }).map(({ item }) => item);
  // Quote issues carry the index within the valid figures; put back each figure's own index.
  const quotes = checkQuotes({ figures: figures.map(({ item }) => item) } as Pick<Briefing, 'figures'> as Briefing).map(
    (issue) => ({ ...issue, path: ['figures', figures[issue.path[1] as number]!.index, ...issue.path.slice(2)] }),
  );
  const checked = checkBodySource(body, knownIdsOf(data));
  const prose = checked.tree
    ? checkProseNumbers(
        checked.tree,
        figures.map(({ item }) => item),
        names,
      )
    : [];
  return [...quotes, ...checked.issues, ...prose];
}
