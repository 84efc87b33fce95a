import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { indexBriefing } from '../../../src/lib/model/briefing-index.ts';
import { checkCharts } from '../../../src/lib/validate/check-charts.ts';
import type { Briefing } from '../../../src/schemas/briefing.ts';
import { asBar, editBriefing, loadBriefing } from '../../support/briefings.ts';

const minimal = loadBriefing('minimal');
const check = (briefing: Briefing) => checkCharts(briefing, indexBriefing(briefing));

describe('checkCharts', () => {
  test('passes charts of one unit whose unstated entities a leads claim places', () => {
    expect(check(minimal)).toEqual([]);
  });

  test('reports an item listed twice', () => {
    const briefing = editBriefing(minimal, (b) => {
      asBar(b.charts[1]).items.push({ figure: 'sample-sales-growth' });
    });
    expect(check(briefing)).toEqual([
      contentError(['charts', 1, 'items', 2], 'expected each item once, found "sample-sales-growth" again'),
    ]);
  });

  test('reports a figure in another unit than the first figure on the chart', () => {
    const briefing = editBriefing(minimal, (b) => {
      asBar(b.charts[1]).items.push({ figure: 'new-factories' });
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['charts', 1, 'items', 2, 'figure'],
        'expected a figure comparable with "example-sales-growth" (percent), found "new-factories" (a count): the units differ',
      ),
    ]);
  });

  test('reports an entity without a number that no leads claim places below a figure on the chart', () => {
    const briefing = editBriefing(minimal, (b) => {
      asBar(b.charts[1]).items.push({ entity: 'demo-ltd' });
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['charts', 1, 'items', 2, 'entity'],
        'expected a "leads" claim that places "demo-ltd" below a figure on this chart, found none',
      ),
    ]);
  });

  test('draws an entity without a number when its only figure on the metric is for another period', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures.push({
        ...b.figures[1]!,
        id: 'demo-share-gain-last-year',
        label: 'Demo Ltd share gain',
        entity: 'demo-ltd',
        period: 'Last year',
      });
    });
    expect(check(briefing)).toEqual([]);
  });

  test('asks for the figure when the briefing states the number for an entity drawn without one', () => {
    const briefing = editBriefing(minimal, (b) => {
      b.figures.push({ ...b.figures[1]!, id: 'demo-share-gain', label: 'Demo Ltd share gain', entity: 'demo-ltd' });
    });
    expect(check(briefing)).toEqual([
      contentError(
        ['charts', 0, 'items', 3, 'entity'],
        'expected { figure: demo-share-gain } because the briefing states that number, found { entity: demo-ltd }',
      ),
    ]);
  });

  test('leaves an unknown entity to the reference check', () => {
    const briefing = editBriefing(minimal, (b) => {
      asBar(b.charts[0]).items[3] = { entity: 'nobody' };
    });
    expect(check(briefing)).toEqual([]);
  });
});
