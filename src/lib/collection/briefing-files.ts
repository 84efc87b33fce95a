import { readdir, readFile } from 'node:fs/promises';
import { join, relative, posix, sep } from 'node:path';
import { BriefingContentError, contentError, type ContentIssue } from '../errors/content-issue.ts';
import { describeReadFailure } from '../errors/wording.ts';
import { maxIdLength } from '../../schemas/common.ts';
import { codePoint } from '../validate/file-safety.ts';
import {
  validateBriefingSource,
  type BriefingValidation,
  type ValidateOptions,
} from '../validate/validate-briefing-source.ts';
import { checkAcrossBriefings } from '../validate/across-briefings.ts';
import type { SourceTexts } from '../validate/check-source-texts.ts';

/**
 * Where briefing MDX files are read from: `content/briefings`, unless `BRIEFINGS_DIR` points
 * elsewhere (tests and benchmarks build generated briefings from a temporary folder).
 */
export function briefingsDir(env: Record<string, string | undefined> = process.env): string {
  return env.BRIEFINGS_DIR || 'content/briefings';
}

/**
 * Every `.mdx` file below `dir` (symbolic links included), sorted so reports are stable. A folder
 * that cannot be read is an error naming it (relative to `root`), never an empty list.
 */
export async function findBriefingFiles(dir: string, root: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: unknown) => {
    throw new BriefingContentError(relative(root, dir) || '.', [
      contentError([], `cannot be read as a folder of briefings: ${describeReadFailure(error)}`),
    ]);
  });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

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

/** A briefing file's validation, with its path and the text it was made from. */
export interface BriefingFile extends BriefingValidation {
  /** The path from the project root, with forward slashes, as Astro stores entry file paths. */
  file: string;
  text: string;
}

/** A file's path from the project root, with forward slashes, as Astro stores entry file paths. */
export function fileFromRoot(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/**
 * Reads and validates one briefing file. A file that cannot be read fails with an error naming
 * it, like any other error in it. `earlier` is returned as it is when the text has not changed.
 */
export async function validateBriefingFile(
  path: string,
  root: string,
  earlier?: BriefingFile,
  options: ValidateOptions = {},
): Promise<BriefingFile> {
  const file = fileFromRoot(root, path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const issue = contentError([], `cannot be read: ${describeReadFailure(error)}`);
    return { file, text: '', body: '', errors: [issue], warnings: [], lineOf: () => undefined };
  }
  if (earlier?.file === file && earlier.text === text) return earlier;
  return { file, text, ...validateBriefingSource(text, options) };
}

/**
 * The errors found by comparing the briefing files that pass their own checks, by file, after the
 * errors in the files' names (every file's, passing or not): the one place `npm run check`, the
 * build and the dev server run the checks across briefings. `folder` is the briefings folder from
 * the project root; a file below it in a subfolder is an error.
 */
export function issuesAcross(results: readonly BriefingFile[], folder?: string): Map<string, ContentIssue[]> {
  const byFile = fileNameIssues(
    results.map((r) => r.file),
    folder,
  );
  const valid = results.flatMap((r) => (r.briefing ? [{ file: r.file, briefing: r.briefing, lineOf: r.lineOf }] : []));
  for (const { file, issue } of checkAcrossBriefings(valid)) byFile.set(file, [...(byFile.get(file) ?? []), issue]);
  return byFile;
}

/** How a set of briefing files is checked: the same settings for `npm run check`, the build and the dev server. */
export interface BriefingSetOptions {
  /** The project root, from which files are named in every error. */
  root: string;
  /** The briefings folder from the root; a briefing in a subfolder of it is an error. */
  folder?: string;
  /** Warnings fail too (`--strict`). */
  strict?: boolean;
  /** The source texts every quote is checked against (`--sources`). */
  sourceTexts?: SourceTexts;
}

/** A briefing file checked with the rest of its set. */
export interface CheckedBriefingFile extends BriefingFile {
  /** Its own errors, then those found comparing it with the other files. */
  allErrors: ContentIssue[];
  /** What fails it: its own errors, under `strict` its warnings raised to errors, then those across files. */
  failures: ContentIssue[];
}

/** What fails a file: its errors, under `strict` its warnings raised to errors, then the errors found across files. */
export function failuresOf(result: BriefingFile, strict = false, across: readonly ContentIssue[] = []): ContentIssue[] {
  const raised = strict ? result.warnings.map((w): ContentIssue => ({ ...w, severity: 'error' })) : [];
  return [...result.errors, ...raised, ...across];
}

/**
 * Checks a set of briefing files, each on its own and then against each other: the one loop
 * `npm run check`, the build's loader and the dev server's watcher run. A file whose text is the
 * same as in `earlier` keeps its earlier result, so an edit re-checks one file and the set.
 */
export async function checkBriefingSet(
  paths: readonly string[],
  options: BriefingSetOptions,
  earlier?: ReadonlyMap<string, BriefingFile>,
): Promise<Map<string, CheckedBriefingFile>> {
  const validated: [string, BriefingFile][] = [];
  for (const path of paths)
    validated.push([
      path,
      await validateBriefingFile(path, options.root, earlier?.get(path), { sourceTexts: options.sourceTexts }),
    ]);
  const across = issuesAcross(
    validated.map(([, result]) => result),
    options.folder,
  );
  return new Map(
    validated.map(([path, result]) => {
      const found = across.get(result.file) ?? [];
      const checked = { ...result, allErrors: [...result.errors, ...found] };
      return [path, { ...checked, failures: failuresOf(result, options.strict, found) }];
    }),
  );
}
