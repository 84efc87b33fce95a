import { describe, expect, test } from 'vitest';
import { sectionHtml, sectionMarkers } from '../../../src/components/section-html.ts';

const mark = (id: string, html: string) => `${sectionMarkers(id).start}${html}${sectionMarkers(id).end}`;
const page = `<p>intro</p>${mark('rally', '<h2>The rally</h2>')}${mark('outlook', '<h2>Outlook</h2><p>x</p>')}`;

describe('sectionHtml', () => {
  test('cuts out one section, markers excluded', () => {
    expect(sectionHtml(page, 'outlook')).toBe('<h2>Outlook</h2><p>x</p>');
    expect(sectionHtml(page, 'rally')).toBe('<h2>The rally</h2>');
  });

  test('does not take a section whose id starts with the one asked for', () => {
    expect(sectionHtml(mark('rally-2', 'b') + mark('rally', 'a'), 'rally')).toBe('a');
  });

  test('throws, naming the section, when the HTML has no such section', () => {
    expect(() => sectionHtml(page, 'valuation')).toThrow('Section "valuation" was not found in the rendered briefing');
    expect(() => sectionHtml(sectionMarkers('valuation').start, 'valuation')).toThrow(
      'Section "valuation" was not found in the rendered briefing',
    );
  });
});
