import { describe, expect, test } from 'vitest';
import { contentError } from '../../../src/lib/errors/content-issue.ts';
import { checkBodySource } from '../../../src/lib/validate/check-body-source.ts';

const known = { figures: new Set(['sales-growth']), charts: new Set(['rally']), sections: new Set(['outlook']) };

describe('checkBodySource', () => {
  test('returns the references of a valid body with no issues', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fig id="sales-growth" />.\n\n</Section>', known);
    expect(checked.issues).toEqual([]);
    expect(checked.references).toEqual([
      { component: 'Section', id: 'outlook', line: 1 },
      { component: 'Fig', id: 'sales-growth', line: 3, section: 'outlook' },
    ]);
  });

  test('reports MDX that does not parse, with no references', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fig id="sales-growth" \n\n</Section>', known);
    expect(checked).toEqual({
      issues: [
        contentError(
          [],
          'expected valid MDX, found a syntax error: Unexpected character after `<`, expected a valid JSX tag (note: to create a link in MDX, use `[text](url)`)',
          3,
        ),
      ],
    });
  });

  test('names the briefing component a misspelt one was probably meant to be', () => {
    const checked = checkBodySource('<Section id="outlook">\n\nUp <Fgi id="sales-growth" />.\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError(
        [],
        'expected one of the components <Fig>, <Chart>, <Section>, <Name>, found <Fgi> (did you mean <Fig>?)',
        3,
      ),
    ]);
  });

  test('reports prose outside any section', () => {
    const checked = checkBodySource('An opening line.\n\n<Section id="outlook">\n\nText.\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError([], 'expected all prose inside a <Section id="..."> block, found content outside any section', 1),
    ]);
  });

  test('reports an id the frontmatter does not define', () => {
    const checked = checkBodySource('<Section id="outlook">\n\n<Chart id="raly" />\n\n</Section>', known);
    expect(checked.issues).toEqual([
      contentError([], 'expected <Chart id> to name one of charts, found "raly" (did you mean "rally"?)', 3),
    ]);
  });
});
