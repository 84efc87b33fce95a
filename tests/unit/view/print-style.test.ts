import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { printLinksStyle, styleHash } from '../../../src/lib/view/print-style.ts';

describe('printLinksStyle', () => {
  test("prints a site-relative link's address after the site's origin", () => {
    expect(printLinksStyle(new URL('https://briefings.example.org/'))).toBe(
      "@media print{html a[href^='/']::after{content:' (' 'https://briefings.example.org' attr(href) ')'}}",
    );
  });

  test('takes the origin alone, so a path in the site address is not written twice', () => {
    expect(printLinksStyle(new URL('http://127.0.0.1:4321/some/path/'))).toContain(
      "'http://127.0.0.1:4321' attr(href)",
    );
  });
});

describe('styleHash', () => {
  test("is the CSP source for the style's exact text", () => {
    const css = 'a{color:red}';
    expect(styleHash(css)).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
    expect(styleHash(css)).not.toBe(styleHash(`${css} `));
  });
});
