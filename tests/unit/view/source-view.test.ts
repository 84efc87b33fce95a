import { describe, expect, test } from 'vitest';
import { citationText, citeSource, newestSourceDate, viewSource } from '../../../src/lib/view/source-view.ts';

const parts = {
  subject: 'Cloud growth',
  source: 'Trade report (undated)',
  briefingTitle: 'The rally',
  asOf: 'March 2024',
};

describe('citationText', () => {
  test('cites a figure with its value, source, briefing and as-of note', () => {
    expect(citationText({ ...parts, value: '4.2% (projected)' })).toBe(
      'Cloud growth: 4.2% (projected). Source: Trade report (undated). From “The rally”. Based on: March 2024',
    );
  });

  test('cites a chart by its title alone', () => {
    expect(citationText(parts)).toBe(
      'Cloud growth. Source: Trade report (undated). From “The rally”. Based on: March 2024',
    );
  });
});

describe('viewSource', () => {
  test('shows a dated source with its publisher and URL', () => {
    expect(
      viewSource({
        id: 'trade-report',
        title: 'Trade report',
        publisher: 'Example Gazette',
        date: '2024-03-01',
        url: 'https://example.com/report',
      }),
    ).toEqual({
      id: 'trade-report',
      title: 'Trade report',
      publisher: 'Example Gazette',
      date: '1 March 2024',
      dateNote: undefined,
      url: 'https://example.com/report',
    });
  });

  test('shows an undated source as "Undated" and keeps what the text dates', () => {
    expect(
      viewSource({ id: 'notes', title: 'Analyst notes', date: { undated: true, note: 'Covers the March quarter.' } }),
    ).toEqual({
      id: 'notes',
      title: 'Analyst notes',
      publisher: undefined,
      date: 'Undated',
      dateNote: 'Covers the March quarter.',
      url: undefined,
    });
  });
});

describe('citeSource', () => {
  test('names the publisher and date when the source has them', () => {
    expect(citeSource({ id: 's', title: 'Trade report', publisher: 'Example Gazette', date: '1 March 2024' })).toBe(
      '“Trade report”, Example Gazette (1 March 2024)',
    );
  });

  test('leaves out a missing publisher and writes an undated source in lower case', () => {
    expect(citeSource({ id: 's', title: 'Trade report', date: 'Undated' })).toBe('“Trade report” (undated)');
  });
});

describe('newestSourceDate', () => {
  const source = (id: string, date: string | { undated: true; note: string }) => ({ id, title: id, date });

  test('is the date of the newest source, whatever their order', () => {
    expect(newestSourceDate([source('results', '2025-02-20'), source('earlier', '2024-11-15')])).toBe('2025-02-20');
  });

  test('is undefined when a source is undated, which no date of another source speaks for', () => {
    expect(
      newestSourceDate([
        source('results', '2025-02-20'),
        source('report', { undated: true, note: 'Describes January.' }),
      ]),
    ).toBeUndefined();
    expect(newestSourceDate([source('report', { undated: true, note: 'Describes January.' })])).toBeUndefined();
  });
});
