import { describe, expect, test } from 'vitest';
import { parseMdxBody } from '../../../src/lib/validate/body-references.ts';
import { isSafeUrl, isSiteImage, checkSafeMdx } from '../../../src/lib/validate/safe-mdx.ts';

describe('isSafeUrl', () => {
  test.each(['https://example.com/report', 'http://example.com', '/briefings/x/', '#cloud', '../other/', 'page/'])(
    'accepts %s',
    (url) => expect(isSafeUrl(url)).toBe(true),
  );

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'mailto:someone@example.com',
    '//evil.example.com/x',
    'https:///nohost',
  ])('refuses %s', (url) => expect(isSafeUrl(url)).toBe(false));
});

describe('isSiteImage', () => {
  test('accepts an absolute path on the site', () => {
    expect(isSiteImage('/images/plant.png')).toBe(true);
  });

  test.each(['https://example.com/a.png', '//cdn.example.com/a.png', './a.png', 'a.png', 'data:image/png;base64,AA'])(
    'refuses %s',
    (url) => expect(isSiteImage(url)).toBe(false),
  );
});

const messages = (body: string) => checkSafeMdx(parseMdxBody(body).tree!).map((i) => `${i.line}: ${i.message}`);

describe('checkSafeMdx', () => {
  test('accepts Markdown with the briefing components, safe links and site images', () => {
    const body = [
      '<Section id="a">',
      '',
      '**Up** <Fig id="gain" /> in [the report](https://example.com/r) and [below](#b); <Name>Model 3</Name>.',
      '',
      '![A plant](/images/plant.png)',
      '',
      '</Section>',
    ].join('\n');
    expect(messages(body)).toEqual([]);
  });

  test('allows an expression that holds only a comment, since it runs nothing', () => {
    expect(messages('Text {/* a note for editors */} more.')).toEqual([]);
  });

  test('refuses an expression that hides code after a comment', () => {
    expect(messages('Text {/* note */ process.exit(1)} more.')).toEqual([
      '1: expected no JavaScript expressions, found {/* note */ process.exit(1)}: write numbers as <Fig id="..." /> and everything else as plain text',
    ]);
  });

  test('refuses a spread attribute, a value-less attribute and attributes on <Name>', () => {
    expect(messages('<Fig {...props} /> <Fig id /> <Name lang="en">X</Name>')).toEqual([
      '1: expected <Fig> to take only the attributes id and show, found the spread {...props}',
      '1: expected <Fig id="..."> with a value, found none',
      '1: expected <Name> to take no attributes, found the attribute lang',
    ]);
  });

  test('refuses inline HTML, fragments and link definitions, each on its line', () => {
    expect(messages('A <span>b</span>\n\n<>c</>\n\n[x]: javascript:alert(1)\n\n[ref]: http://example.com/ref')).toEqual(
      [
        '1: expected Markdown or a briefing component, found the HTML element <span>: raw HTML is not allowed in a briefing; use Markdown for links, emphasis and lists',
        '3: expected Markdown or a briefing component, found a fragment <>: raw JSX is not allowed in a briefing',
        '5: expected links written in place as [text](https://…), found the reference-style link definition [x]: javascript:alert(1)',
        '7: expected links written in place as [text](https://…), found the reference-style link definition [ref]: http://example.com/ref',
      ],
    );
  });

  test('refuses an attribute written twice, which the checks and the compiler would read differently', () => {
    expect(messages('<Fig id="a" id="b" />\n\nText <Chart id="c" id="c" />')).toEqual([
      '1: expected <Fig> to take id once, found it twice',
      '3: expected <Chart> to take id once, found it twice',
    ]);
  });

  test('shortens long code in its message', () => {
    const [message] = messages(`export const data = ${JSON.stringify('x'.repeat(80))};`);
    expect(message).toBe(
      '1: expected Markdown and briefing components only, found an export statement "export const data = "xxxxxxxxxxxxxxxxxx…": a briefing cannot define values; data belongs in the frontmatter',
    );
  });
});
