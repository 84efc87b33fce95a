import { describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import {
  briefingUrls,
  isSectionSharePath,
  chartAnchor,
  claimAnchor,
  figureAnchor,
  reservedPageIds,
} from '../../../src/lib/model/page-addresses.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';
import { formatContentIssue } from '../../../src/lib/errors/content-issue.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { idSchema } from '../../../src/schemas/common.ts';

describe('briefingUrls', () => {
  test('puts the page and its downloads under /briefings/<slug>/', () => {
    expect(briefingUrls('example')).toEqual({
      page: '/briefings/example/',
      csv: '/briefings/example/figures.csv',
      json: '/briefings/example/figures.json',
    });
  });
});

describe('isSectionSharePath', () => {
  const view = buildBriefingView('example', resolveShownText(loadBriefing('minimal')));

  test('recognises the share page of every section', () => {
    for (const section of view.sections) expect(isSectionSharePath(section.shareUrl), section.shareUrl).toBe(true);
  });

  test('does not take the home page, a briefing page or its downloads for a share page', () => {
    for (const path of ['/', view.urls.page, view.urls.csv, view.urls.json, '/briefings/', '/og/home.png'])
      expect(isSectionSharePath(path), path).toBe(false);
  });
});

const minimal = readBriefingSource('minimal');

describe('reservedPageIds', () => {
  test.each(reservedPageIds.map((id) => [id]))('cannot be taken by a section: %s', (id) => {
    const text = minimal
      .replace('  - { id: sales, title: Sales outlook }', `  - { id: ${id}, title: Sales outlook }`)
      .replace('<Section id="sales">', `<Section id="${id}">`);
    expect(validateBriefingSource(text).errors.map((e) => formatContentIssue('minimal.mdx', e))).toEqual([
      `minimal.mdx:125 sections[1].id: expected a unique section id or alias, found "${id}" already used by the page itself`,
    ]);
  });

  test('are all ids the schema accepts, so only this check keeps a section from taking them', () => {
    expect(reservedPageIds.filter((id) => !idSchema.safeParse(id).success)).toEqual([]);
  });
});

describe('anchors', () => {
  test('namespace charts, figures and claims so they cannot clash with a section id', () => {
    expect(chartAnchor('valuation')).toBe('chart-valuation');
    expect(figureAnchor('forward-pe')).toBe('figure-forward-pe');
    expect(claimAnchor('pe-below-average')).toBe('claim-pe-below-average');
  });
});
