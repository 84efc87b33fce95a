import { describe, expect, test } from 'vitest';
import { citationText } from '../../../src/lib/view/citation-text.ts';

const parts = {
  subject: 'Cloud growth',
  source: 'Trade report (undated)',
  briefingTitle: 'The rally',
  asOf: 'March 2024',
};

describe('citationText', () => {
  test('cites a figure with its value, source, briefing and as-of note', () => {
    expect(citationText({ ...parts, value: '4.2% (projected)' })).toBe(
      'Cloud growth: 4.2% (projected). Source: Trade report (undated). From “The rally”. As of: March 2024',
    );
  });

  test('cites a chart by its title alone', () => {
    expect(citationText(parts)).toBe(
      'Cloud growth. Source: Trade report (undated). From “The rally”. As of: March 2024',
    );
  });
});
