import type { Briefing } from '../../schemas/briefing.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { chartAnchor, claimAnchor, figureAnchor, reservedPageIds, sourceAnchor } from '../model/page-addresses.ts';
import { isTimeChart, type BriefingIndex } from '../model/briefing-index.ts';
import { foundId } from '../errors/wording.ts';

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

type Kind = 'sources' | 'entities' | 'figures';
const singular: Record<Kind, string> = { sources: 'a source', entities: 'an entity', figures: 'a figure' };

/** Every id that points at another list resolves, with a suggestion when it is a likely typo. */
export function checkReferences(briefing: Briefing, index: BriefingIndex): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const expect = (kind: Kind, id: string, path: PropertyKey[]) => {
    if (!index[kind].has(id)) {
      issues.push(
        contentError(path, `expected the id of ${singular[kind]} in ${kind}, ${foundId(id, index[kind].keys())}`),
      );
    }
  };
  expect('entities', briefing.subject.entity, ['subject', 'entity']);
  briefing.entities.forEach((entity, i) => {
    if (entity.parent) expect('entities', entity.parent, ['entities', i, 'parent']);
  });
  briefing.figures.forEach((figure, i) => {
    expect('entities', figure.entity, ['figures', i, 'entity']);
    expect('sources', figure.source, ['figures', i, 'source']);
    figure.history.forEach((revision, j) => {
      if (revision.source) expect('sources', revision.source, ['figures', i, 'history', j, 'source']);
    });
  });
  briefing.keyFigures.forEach((id, i) => expect('figures', id, ['keyFigures', i]));
  briefing.claims.forEach((claim, i) => {
    switch (claim.kind) {
      case 'compare':
        expect('figures', claim.figure, ['claims', i, 'figure']);
        expect('figures', claim.than, ['claims', i, 'than']);
        if (claim.figure === claim.than) {
          issues.push(
            contentError(
              ['claims', i, 'than'],
              `expected a different figure from "figure", found "${claim.than}" on both sides`,
            ),
          );
        }
        break;
      case 'ranking':
        claim.order.forEach((id, j) => expect('figures', id, ['claims', i, 'order', j]));
        break;
      case 'leads':
        expect('figures', claim.figure, ['claims', i, 'figure']);
        claim.over.forEach((id, j) => expect('entities', id, ['claims', i, 'over', j]));
        break;
      case 'outranks':
        expect('entities', claim.entity, ['claims', i, 'entity']);
        claim.over.forEach((id, j) => expect('entities', id, ['claims', i, 'over', j]));
        break;
      case 'trend':
        claim.figures.forEach((id, j) => expect('figures', id, ['claims', i, 'figures', j]));
        break;
      case 'beat':
      case 'miss':
        expect('figures', claim.figure, ['claims', i, 'figure']);
        expect('figures', claim.estimate, ['claims', i, 'estimate']);
        break;
    }
  });
  briefing.charts.forEach((chart, i) => {
    if (isTimeChart(chart)) {
      chart.series.forEach((series, j) =>
        series.figures.forEach((id, k) => expect('figures', id, ['charts', i, 'series', j, 'figures', k])),
      );
      const ids = chart.series.flatMap((series) => series.figures);
      if (chart.highlight !== undefined && !ids.includes(chart.highlight))
        issues.push(
          contentError(
            ['charts', i, 'highlight'],
            `expected one of the chart's figures (${ids.join(', ')}), ${foundId(chart.highlight, ids)}`,
          ),
        );
      return;
    }
    if (chart.kind === 'grouped-bar') {
      chart.groups.forEach((group, j) =>
        group.figures.forEach((id, k) => expect('figures', id, ['charts', i, 'groups', j, 'figures', k])),
      );
      return;
    }
    chart.items.forEach((item, j) => {
      if ('figure' in item) expect('figures', item.figure, ['charts', i, 'items', j, 'figure']);
      else expect('entities', item.entity, ['charts', i, 'items', j, 'entity']);
    });
    const itemIds = chart.items.map((item) => ('figure' in item ? item.figure : item.entity));
    if (!itemIds.includes(chart.highlight)) {
      issues.push(
        contentError(
          ['charts', i, 'highlight'],
          `expected one of the chart's items (${itemIds.join(', ')}), ${foundId(chart.highlight, itemIds)}`,
        ),
      );
    }
  });
  return issues;
}
