import { describe, expect, test } from 'vitest';
import { isSafeUrl, isSiteImage } from '../../../src/lib/validate/safe-url.ts';

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
