import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const home = oneLine(readFileSync('src/pages/index.astro', 'utf8'));
const readme = oneLine(readFileSync('README.md', 'utf8').replaceAll('**', ''));

describe("the home page's promise", () => {
  test('is stated in the README word for word, beside what the build checks', () => {
    const promise = /Every number is [^<]*?\./.exec(home.replace('Short, sourced briefings on listed companies. ', ''));
    expect(promise?.[0]).toBe(
      'Every number is a figure quoted from its source, or worked out from such figures and marked “derived”; before a page is published, each quote is checked to hold its number and, where the source text is at hand, to appear in the source.',
    );
    expect(readme).toContain(`The home page promises: ${promise![0]}`);
  });
});
