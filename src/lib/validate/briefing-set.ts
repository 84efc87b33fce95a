import type { Briefing } from '../../schemas/briefing.ts';
import type { ContentIssue } from '../errors/content-issue.ts';
import { formatPath } from '../errors/format-path.ts';

/** A briefing that passed its own checks, with what the checks across briefings need to name it. */
export interface BriefingInSet {
  /** Its path from the project root, as errors name it. */
  file: string;
  briefing: Briefing;
  /** The line a frontmatter path is written on. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** An issue found by comparing briefings, with the file it belongs to. */
export interface SetIssue {
  file: string;
  issue: ContentIssue;
}

/** Briefings oldest first (by publication date, then file), so the later of two is the one at fault. */
export function inPublicationOrder(set: readonly BriefingInSet[]): BriefingInSet[] {
  return [...set].sort(
    (a, b) => a.briefing.published.localeCompare(b.briefing.published) || a.file.localeCompare(b.file),
  );
}

/** "content/briefings/x.mdx:31 entities[0].name", how one error points at another file. */
export function whereIn(item: BriefingInSet, path: readonly PropertyKey[]): string {
  const line = item.lineOf(path);
  return `${line ? `${item.file}:${line}` : item.file} ${formatPath(path)}`;
}
