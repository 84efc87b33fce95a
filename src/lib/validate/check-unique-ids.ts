import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { chartAnchor, claimAnchor, figureAnchor, reservedPageIds, sourceAnchor } from '../model/page-addresses.ts';

const lists = ['sources', 'entities', 'figures', 'claims', 'charts'] as const;

/** Ids are unique within each list; section ids and aliases are unique across the page. */
export function checkUniqueIds(briefing: Briefing): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const list of lists) {
    const seen = new Map<string, number>();
    briefing[list].forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, i);
      else
        issues.push(
          contentError([list, i, 'id'], `expected a unique id, found "${item.id}" already used by ${list}[${first}]`),
        );
    });
  }
  const anchors = new Map<string, string>(reservedPageIds.map((id) => [id, 'the page itself']));
  // The page's namespaced anchors for this briefing's charts (and their titles), key figures,
  // claims and sources share the id space with sections.
  const pageAnchors: [string, string][] = [
    ...briefing.charts.flatMap((c, i): [string, string][] => [
      [chartAnchor(c.id), `charts[${i}]`],
      [`${chartAnchor(c.id)}-title`, `charts[${i}]`],
    ]),
    ...briefing.keyFigures.map((id, i): [string, string] => [figureAnchor(id), `keyFigures[${i}]`]),
    ...briefing.claims.map((c, i): [string, string] => [claimAnchor(c.id), `claims[${i}]`]),
    ...briefing.sources.map((s, i): [string, string] => [sourceAnchor(s.id), `sources[${i}]`]),
  ];
  for (const [id, owner] of pageAnchors) if (!anchors.has(id)) anchors.set(id, `the anchor of ${owner}`);
  briefing.sections.forEach((section, i) => {
    const names: [string, PropertyKey[]][] = [
      [section.id, ['sections', i, 'id']],
      ...section.aliases.map((alias, j): [string, PropertyKey[]] => [alias, ['sections', i, 'aliases', j]]),
    ];
    for (const [id, path] of names) {
      const owner = anchors.get(id);
      if (owner)
        issues.push(
          contentError(path, `expected a unique section id or alias, found "${id}" already used by ${owner}`),
        );
      else anchors.set(id, `sections[${i}]`);
    }
  });
  return issues;
}
