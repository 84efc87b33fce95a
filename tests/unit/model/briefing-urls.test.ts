import { describe, expect, test } from 'vitest';
import { briefingUrls } from '../../../src/lib/model/briefing-urls.ts';

describe('briefingUrls', () => {
  test('publishes a briefing under its slug, its data downloads beside the page', () => {
    expect(briefingUrls('widget-rally')).toEqual({
      page: '/briefings/widget-rally/',
      csv: '/briefings/widget-rally/figures.csv',
      json: '/briefings/widget-rally/figures.json',
    });
  });
});
