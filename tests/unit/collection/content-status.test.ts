import { afterEach, describe, expect, test } from 'vitest';
import { resolveShownText } from '../../../src/lib/model/shown-text.ts';
import {
  chartLayoutProblems,
  contentWarnings,
  recordChartLayout,
  forgetFile,
  latestValidBriefing,
  recordFileStatus,
  throwContentError,
  currentBriefing,
  lookup,
} from '../../../src/lib/collection/content-status.ts';
import { BriefingContentError, contentError } from '../../../src/lib/errors/content-issue.ts';
import { loadBriefing, readBriefingSource } from '../../support/briefings.ts';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';

const briefing = loadBriefing('minimal');
const broken = new BriefingContentError('b.mdx', [contentError(['title'], 'expected a text, found nothing', 2)]);

afterEach(() => ['a.mdx', 'b.mdx'].forEach(forgetFile));

describe('the content status', () => {
  test('throws nothing while every file is valid', () => {
    recordFileStatus('a.mdx', { warnings: [], latest: { briefing: resolveShownText(briefing), body: 'text' } });
    expect(() => throwContentError()).not.toThrow();
  });

  test("throws a failing file's error until the file is valid again", () => {
    recordFileStatus('a.mdx', { warnings: [] });
    recordFileStatus('b.mdx', { error: broken, warnings: [] });
    expect(() => throwContentError()).toThrow(broken);
    expect(() => throwContentError()).toThrow('b.mdx:2 title: expected a text, found nothing\n1 error in b.mdx');
    recordFileStatus('b.mdx', { warnings: [] });
    expect(() => throwContentError()).not.toThrow();
  });

  test('forgets a deleted file, error and all', () => {
    recordFileStatus('b.mdx', { error: broken, warnings: ['b.mdx:3 a warning'] });
    forgetFile('b.mdx');
    expect(() => throwContentError()).not.toThrow();
    expect(contentWarnings()).toEqual([]);
  });

  test("lists every file's current warnings, file by file", () => {
    recordFileStatus('a.mdx', { warnings: ['a.mdx:1 first', 'a.mdx:2 second'] });
    recordFileStatus('b.mdx', { warnings: ['b.mdx:5 third'] });
    recordFileStatus('a.mdx', { warnings: ['a.mdx:2 second'] });
    expect(contentWarnings()).toEqual(['a.mdx:2 second', 'b.mdx:5 third']);
  });

  test('keeps the latest valid content of a file, if it has any', () => {
    const latest = { briefing: resolveShownText(briefing), body: 'text' };
    recordFileStatus('a.mdx', { warnings: [], latest });
    expect(latestValidBriefing('a.mdx')).toBe(latest);
    recordFileStatus('a.mdx', { error: broken, warnings: [] });
    expect(latestValidBriefing('a.mdx')).toBeUndefined();
    expect(latestValidBriefing(undefined)).toBeUndefined();
  });
});

const validation = validateBriefingSource(readBriefingSource('minimal'));
const view = buildBriefingView('example', resolveShownText(validation.briefing!), validation.body);

describe('chartLayoutProblems', () => {
  const keys = ['b.mdx: charts[10] (“B”)', 'a.mdx: charts[2] (“A”)', 'b.mdx: charts[9] (“C”)'];
  afterEach(() => keys.forEach((key) => recordChartLayout(key, [])));

  test('lists problems by file, then chart index, whatever order the pages recorded them in', () => {
    for (const key of keys) recordChartLayout(key, [`${key} on a 320 px screen: one`, `${key} in print: two`]);
    expect(chartLayoutProblems()).toEqual([
      'a.mdx: charts[2] (“A”) on a 320 px screen: one',
      'a.mdx: charts[2] (“A”) in print: two',
      'b.mdx: charts[9] (“C”) on a 320 px screen: one',
      'b.mdx: charts[9] (“C”) in print: two',
      'b.mdx: charts[10] (“B”) on a 320 px screen: one',
      'b.mdx: charts[10] (“B”) in print: two',
    ]);
  });

  test('forgets a chart whose layout reads well again', () => {
    recordChartLayout(keys[0]!, ['problem']);
    recordChartLayout(keys[0]!, []);
    expect(chartLayoutProblems()).toEqual([]);
  });
});

describe('currentBriefing', () => {
  test('returns the view of the briefing the page is rendering', () => {
    expect(currentBriefing({ briefing: view })).toBe(view);
  });

  test('throws when a briefing component is rendered outside a briefing page', () => {
    expect(() => currentBriefing({})).toThrow('Fig, Chart and Section can only be used inside a briefing page');
  });
});

describe('lookup', () => {
  test('returns the item with the id', () => {
    expect(lookup(view.figures, 'index-share-gain', 'figure').value).toBe('25%');
  });

  test('throws naming the kind and the id when the id is unknown', () => {
    expect(() => lookup(view.charts, 'nope', 'chart')).toThrow('Unknown chart id "nope"');
  });
});
