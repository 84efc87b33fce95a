import { readFileSync } from 'node:fs';
import { resolveShownText } from '../../src/lib/model/shown-text.ts';
import { resolve } from 'node:path';
import { formatContentIssues } from '../../src/lib/errors/content-issue.ts';
import type { BriefingInSet } from '../../src/lib/validate/across-briefings.ts';
import { splitFrontmatter } from '../../src/lib/validate/frontmatter.ts';
import { validateBriefingSource } from '../../src/lib/validate/validate-briefing-source.ts';
import { buildBriefingView } from '../../src/lib/view/briefing-view.ts';
import type { BriefingWithView } from '../../src/lib/view/company-pages.ts';

/** Two fictional briefings on one company, a quarter apart: they share figures and a revision. */
export const publicationFiles = {
  spring: 'tests/fixtures/publication/widgets-spring.mdx',
  summer: 'tests/fixtures/publication/widgets-summer.mdx',
} as const;

export function readPublicationSource(name: keyof typeof publicationFiles): string {
  return readFileSync(resolve(import.meta.dirname, '../..', publicationFiles[name]), 'utf8');
}

/** Replaces `find` in `text`, failing loudly unless it occurs exactly once. */
export function editOnce(text: string, find: string, replace: string): string {
  const count = text.split(find).length - 1;
  if (count !== 1) throw new Error(`expected ${JSON.stringify(find)} once, found it ${count} times`);
  return text.replace(find, () => replace);
}

/** Validates briefing texts (file name → MDX) into a set for the checks across briefings. */
export function briefingSet(files: Record<string, string>): BriefingInSet[] {
  return Object.entries(files).map(([file, text]) => {
    const result = validateBriefingSource(text);
    if (!result.briefing) throw new Error(formatContentIssues(file, result.errors));
    return { file, briefing: result.briefing, lineOf: result.lineOf };
  });
}

/** The two briefings with the views their pages render, as the company pages are built from them. */
export function publicationWithViews(files: Record<string, string> = {}): BriefingWithView[] {
  const texts = {
    'widgets-spring': readPublicationSource('spring'),
    'widgets-summer': readPublicationSource('summer'),
    ...files,
  };
  return Object.entries(texts).map(([slug, text]) => {
    const [item] = briefingSet({ [slug]: text });
    return {
      briefing: item!.briefing,
      view: buildBriefingView(slug, resolveShownText(item!.briefing), splitFrontmatter(text).body),
    };
  });
}
