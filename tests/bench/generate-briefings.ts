import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/validate/split-frontmatter.ts';
import { readBriefingSource } from '../support/briefings.ts';

/**
 * Writes `count` briefings into `dir`, each a copy of the real briefing under its own slug and
 * title, so checks and builds are measured on realistic content at scale.
 */
export function generateBriefings(dir: string, count: number): string[] {
  const template = readBriefingSource('real');
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const file = join(dir, `generated-${String(i + 1).padStart(4, '0')}.mdx`);
    writeFileSync(file, template.replace(/^title: .*$/m, `title: Generated briefing ${i + 1}`));
    return file;
  });
}

/** The same number of plain MDX pages with the same prose, for a bare Astro build to compare with. */
export function generatePlainPages(dir: string, count: number): void {
  const body = splitFrontmatter(readBriefingSource('real'))
    .body.replace(/<Fig id="[^"]*" \/>/g, 'a figure')
    .replace(/<Chart id="[^"]*" \/>/g, '')
    .replace(/<\/?Section[^>]*>/g, '');
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    writeFileSync(join(dir, `page-${i}.mdx`), `---\ntitle: Plain page ${i}\n---\n\n# Plain page ${i}\n${body}`);
  }
}
