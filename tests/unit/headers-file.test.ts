import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

const file = `# comment
/*
  X-Content-Type-Options: nosniff
  Link: </a.css>; rel=preload

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/_astro/special.js
  Link: </b.js>; rel=preload
`;

describe('parseHeadersFile', () => {
  test('reads each path with the headers indented below it', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        pattern: '/*',
        headers: [
          ['X-Content-Type-Options', 'nosniff'],
          ['Link', '</a.css>; rel=preload'],
        ],
      },
      { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
      { pattern: '/_astro/special.js', headers: [['Link', '</b.js>; rel=preload']] },
    ]);
  });

  test('rejects a header line that is not under a path, naming the line', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(
      '_headers:1: expected "Name: value" under a path, found "  X-Frame-Options: DENY"',
    );
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(file);

  test('applies every rule whose pattern matches, joining repeated headers', () => {
    expect(headersFor(rules, '/_astro/special.js')).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</a.css>; rel=preload, </b.js>; rel=preload',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });

  test('treats the rest of a pattern literally', () => {
    expect(headersFor(rules, '/briefings/x/')).toEqual({
      'x-content-type-options': 'nosniff',
      link: '</a.css>; rel=preload',
    });
    expect(headersFor(parseHeadersFile('/a.b\n  X: 1\n'), '/aXb')).toEqual({});
  });
});
