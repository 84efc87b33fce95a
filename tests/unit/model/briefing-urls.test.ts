import { describe, expect, test } from 'vitest';
import { briefingUrls, isSectionSharePath } from '../../../src/lib/model/briefing-urls.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { loadBriefing } from '../../support/briefings.ts';

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
  const view = buildBriefingView('example', loadBriefing('minimal'));

  test('recognises the share page of every section', () => {
    for (const section of view.sections) expect(isSectionSharePath(section.shareUrl), section.shareUrl).toBe(true);
  });

  test('does not take the home page, a briefing page or its downloads for a share page', () => {
    for (const path of ['/', view.urls.page, view.urls.csv, view.urls.json, '/briefings/', '/og/home.png'])
      expect(isSectionSharePath(path), path).toBe(false);
  });
});
