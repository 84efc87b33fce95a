import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const docs = [
  'README.md',
  '.github/CONTRIBUTING.md',
  ...readdirSync(join(root, '.github/docs')).map((f) => `.github/docs/${f}`),
];

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a Markdown file's headings, outside code blocks. */
function anchors(file: string): Set<string> {
  let fenced = false;
  const found = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#{1,6} (.+)$/.exec(line);
    if (heading) found.add(slug(heading[1]!));
  }
  return found;
}

/** Every link target of a Markdown file that is not a web address, outside code blocks. */
function localLinks(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
}

describe('the docs', () => {
  test('keep the README a newcomer page, under 20 KB, opening with the two commands', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    expect(Buffer.byteLength(readme)).toBeLessThan(20_000);
    expect(readme.split('\n').slice(0, 6).join('\n')).toContain(
      'npm install && npm start    # build the site and serve it at http://127.0.0.1:4321/\nnpm install && npm test',
    );
  });

  test.each(docs)('%s links only to files and headings that exist', (doc) => {
    const broken = localLinks(join(root, doc)).filter((target) => {
      const [path, anchor] = target.split('#') as [string, string | undefined];
      const file = path ? resolve(dirname(join(root, doc)), path) : join(root, doc);
      if (!existsSync(file)) return true;
      return anchor !== undefined && (!statSync(file).isFile() || !anchors(file).has(anchor));
    });
    expect(broken).toEqual([]);
  });
});
