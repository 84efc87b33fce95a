import { posix } from 'node:path';
import { maxIdLength } from '../../schemas/common.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { codePoint } from '../validate/file-safety.ts';

/** A briefing's page address is its file name without `.mdx`: the slug. */
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function slugIssue(name: string): string | undefined {
  const slug = name.replace(/\.mdx$/, '');
  const expected = 'expected a file name of lower-case letters, digits and hyphens, such as cloud-results.mdx';
  const odd = [...slug].find((char) => !/[a-z0-9-]/.test(char));
  if (odd && /[^\x20-\x7E]/.test(odd))
    return `${expected}, found ${JSON.stringify(name)} with the character "${odd}" (${codePoint(odd)}), which looks like another: the page's address is made from the name`;
  if (!slugPattern.test(slug))
    return `${expected}, found ${JSON.stringify(name)}: the page's address is made from the name`;
  if (slug.length > maxIdLength)
    return `expected a file name of at most ${maxIdLength} characters before .mdx, found one of ${slug.length}`;
  return undefined;
}

/**
 * What the build cannot make a page of, by file name, for files given from the project root with
 * forward slashes: a briefing in a subfolder of `folder`, a name that is not a plain slug (capitals,
 * spaces, look-alike letters from other scripts), and two names that differ only in letter case,
 * of which a case-blind disk or the site's addresses would keep one. Each is an error on line 1.
 */
export function fileNameIssues(files: readonly string[], folder?: string): Map<string, ContentIssue[]> {
  const issues = new Map<string, ContentIssue[]>();
  const add = (file: string, message: string) =>
    issues.set(file, [...(issues.get(file) ?? []), contentError([], message, 1)]);
  const byFolded = new Map<string, string[]>();
  for (const file of files) {
    const name = posix.basename(file);
    const inside = folder !== undefined && file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : undefined;
    if (inside?.includes('/'))
      add(
        file,
        `expected the briefing directly in ${folder}/, found it in the subfolder ${posix.dirname(inside)}/: a briefing's address is its file name alone`,
      );
    const slug = slugIssue(name);
    if (slug) add(file, slug);
    const folded = name.normalize('NFKC').toLowerCase();
    byFolded.set(folded, [...(byFolded.get(folded) ?? []), file]);
  }
  for (const same of byFolded.values())
    if (same.length > 1)
      for (const file of same)
        add(
          file,
          `expected one briefing per name whatever its letter case, found ${same
            .filter((other) => other !== file)
            .map((other) => JSON.stringify(other))
            .join(', ')} with the same name`,
        );
  return issues;
}
