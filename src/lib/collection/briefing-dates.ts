import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatterYaml, splitFrontmatter } from '../validate/frontmatter.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Each briefing's last change, by slug: its `updated` date, else its `published` one, read from
 * the files in `dir` for the sitemap's `lastmod`. A file without valid dates is left out; the build
 * reports it, and a file it cannot read, on its own.
 */
export function briefingLastModified(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.mdx'));
  } catch {
    return dates;
  }
  for (const name of names) {
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      // The build names a file it cannot read, with the reason; the sitemap just leaves it out.
      continue;
    }
    const { frontmatter } = splitFrontmatter(text);
    const data = frontmatter === undefined ? undefined : readFrontmatterYaml(frontmatter).data;
    const { published, updated } = (data ?? {}) as { published?: unknown; updated?: unknown };
    const date = [updated, published].find((d): d is string => typeof d === 'string' && isoDate.test(d));
    if (date) dates.set(name.slice(0, -'.mdx'.length), date);
  }
  return dates;
}

/**
 * The `lastmod` of a page of the site: a briefing's (and its sections') own last change; any
 * other page (home, company pages) changes with the latest briefing.
 */
export function pageLastModified(pathname: string, dates: ReadonlyMap<string, string>): string | undefined {
  const slug = /^\/briefings\/([^/]+)\//.exec(pathname)?.[1];
  if (slug) return dates.get(slug);
  return [...dates.values()].sort().at(-1);
}
