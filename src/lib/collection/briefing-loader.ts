import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import {
  BriefingContentError,
  BriefingsContentError,
  type ContentIssue,
  formatContentIssue,
} from '../errors/content-issue.ts';
import { resolveShownText } from '../model/shown-text.ts';
import type { ValidateOptions } from '../validate/validate-briefing-source.ts';
import { forgetFile, recordFileStatus } from './content-status.ts';
import {
  issuesAcross,
  findBriefingFiles,
  fileFromRoot,
  validateBriefingFile,
  type BriefingFile,
} from './briefing-files.ts';
import { folderSourceTexts, resolveSourcesDirs } from './source-texts.ts';

/** Validates one file and records what was found. */
type CheckFile = (path: string) => Promise<BriefingFile>;

/** What fails a load: the errors, and under `strict` the warnings too, raised to errors. */
export function failuresOf(result: BriefingFile, strict = false): ContentIssue[] {
  if (!strict) return result.errors;
  return [...result.errors, ...result.warnings.map((w): ContentIssue => ({ ...w, severity: 'error' }))];
}

/** Records a file's status for the routes and the build's report: its failures, with any found across files. */
function recordStatus(result: BriefingFile, strict: boolean, across: readonly ContentIssue[] = []): string[] {
  const failures = [...failuresOf(result, strict), ...across];
  const warnings = result.warnings.map((w) => formatContentIssue(result.file, w));
  recordFileStatus(result.file, {
    error: failures.length > 0 ? new BriefingContentError(result.file, failures) : undefined,
    warnings,
    latest: result.briefing && { briefing: resolveShownText(result.briefing), body: result.body },
  });
  return warnings;
}

/** Validates a file and records its status for the routes and the build's report, logging its warnings. */
export function checkFileWith(
  root: string,
  strict: boolean,
  logger: LoaderContext['logger'],
  options: () => ValidateOptions = () => ({}),
): CheckFile {
  return async (path) => {
    const result = await validateBriefingFile(path, root, undefined, options());
    recordStatus(result, strict).forEach((w) => logger.warn(w));
    return result;
  };
}

/**
 * Compares the files' latest validations with each other and records every file's status again:
 * an edit to one briefing can make another disagree with it, or agree again.
 */
export function recordAcross(results: readonly BriefingFile[], strict: boolean, folder?: string): void {
  const across = issuesAcross(results, folder);
  for (const result of results) recordStatus(result, strict, across.get(result.file));
}

/**
 * Validates every file before any is loaded, so one build reports the errors of all of them. With
 * `onFailure`, the failures are handed to it instead of thrown (the dev server starts anyway).
 * `folder` is the briefings folder from the project root, whose subfolders hold no briefings.
 */
export async function validateAll(
  files: readonly string[],
  check: CheckFile,
  strict: boolean,
  onFailure?: (error: BriefingsContentError) => void,
  folder?: string,
): Promise<Map<string, BriefingFile>> {
  const validated = new Map<string, BriefingFile>();
  for (const path of files) validated.set(path, await check(path));
  const across = issuesAcross([...validated.values()], folder);
  const failuresWithAcross = (r: BriefingFile) => [...failuresOf(r, strict), ...(across.get(r.file) ?? [])];
  const failed = [...validated.values()].filter((r) => failuresWithAcross(r).length > 0);
  if (failed.length > 0) {
    const error = new BriefingsContentError(failed.map((r) => new BriefingContentError(r.file, failuresWithAcross(r))));
    if (!onFailure) throw error;
    recordAcross([...validated.values()], strict, folder);
    onFailure(error);
  }
  return validated;
}

/** What the parser returns for a briefing that fails in dev: the entry is left out of the store. */
const leftOut = Symbol('a briefing left out of the store until it is fixed');

/**
 * The store as the glob loader sees it, without the entries `parseValidated` left out: in dev, a
 * briefing that fails is not loaded (and any entry of it from an earlier run is dropped), while
 * every route shows its error, until an edit makes it valid and the glob loader loads it again.
 */
function storeLeavingOut(store: LoaderContext['store']): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set')
        return (entry: Parameters<typeof target.set>[0]) =>
          entry.data === (leftOut as unknown) ? (target.delete(entry.id), false) : target.set(entry);
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Astro caches entries between builds and reuses one whose text is unchanged, keeping its old
 * file path; after switching BRIEFINGS_DIR that path may be gone, so the store starts afresh.
 */
function clearStoreOnNewBase(context: LoaderContext, base: string): void {
  if (context.meta.get('base') === base) return;
  context.store.clear();
  context.meta.set('base', base);
}

/**
 * The glob loader's parseData, fed with our validation: the one made up front unless the file
 * changed since (a dev-server reload, whose status the watcher records), and the frontmatter our
 * checks parsed.
 */
function parseValidated(
  context: LoaderContext,
  validated: Map<string, BriefingFile>,
  root: string,
  strict: boolean,
  options: () => ValidateOptions,
): LoaderContext['parseData'] {
  const dev = Boolean(context.watcher);
  return async (props) => {
    const path = props.filePath ?? '';
    const result = await validateBriefingFile(path, root, validated.get(path), options());
    validated.delete(path);
    const failures = failuresOf(result, strict);
    if (failures.length > 0 && dev) return leftOut as unknown as typeof props.data;
    if (failures.length > 0) throw new BriefingContentError(result.file, failures);
    // The collection's schema reads it again and resolves its shown text (content.config.ts).
    return context.parseData({ ...props, data: result.briefing! as unknown as typeof props.data });
  };
}

/**
 * Re-checks a briefing file whenever it changes in dev. The glob loader logs a failed reload and
 * keeps serving the last good entry (and skips files whose text it has seen before); the status
 * recorded here lets every route show the error until the file is fixed. An editor's save can
 * reach the watcher while the file is half written, so a file is checked once its writes settle.
 */
function watchBriefings(
  watcher: NonNullable<LoaderContext['watcher']>,
  base: string,
  root: string,
  check: CheckFile,
  onRemove: (path: string) => void = () => {},
): void {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const isBriefing = (path: string) => path.startsWith(base + sep) && path.endsWith('.mdx');
  const settle = (path: string) => {
    if (!isBriefing(path)) return;
    clearTimeout(pending.get(path));
    const timer = setTimeout(() => {
      pending.delete(path);
      void check(path);
    }, 150);
    pending.set(path, timer);
  };
  watcher.on('change', settle);
  watcher.on('add', settle);
  watcher.on('unlink', (path) => {
    if (!isBriefing(path)) return;
    clearTimeout(pending.get(path));
    pending.delete(path);
    forgetFile(fileFromRoot(root, path));
    onRemove(path);
  });
}

/**
 * Astro's glob loader for briefing MDX files, with the whole briefing (frontmatter and body)
 * validated by our own checks first, so every error reads the same here as in `npm run check`.
 * A folder or file that cannot be read fails the load with an error naming it.
 * With `strict`, warnings fail the load too. With `sources`, a folder of source texts, every quote
 * is checked against its text (read afresh at each check, so a dev server sees edits).
 */
export function briefingLoader(options: { base: string; strict?: boolean; sources?: string }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base });
  const strict = options.strict ?? false;
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const folder = fileFromRoot(root, base);
      const sources = options.sources ? resolveSourcesDirs(options.sources, root) : undefined;
      const validateOptions = (): ValidateOptions => (sources ? { sourceTexts: folderSourceTexts(sources, root) } : {});
      const check = checkFileWith(root, strict, context.logger, validateOptions);
      // A build stops at the first failing load; the dev server starts anyway and every route
      // shows the errors (src/middleware.ts) until the files are fixed.
      const validated = await validateAll(
        await findBriefingFiles(base, root),
        check,
        strict,
        context.watcher ? (error) => context.logger.error(error.message) : undefined,
        folder,
      );
      // The latest validation of every file, for the checks across briefings after an edit.
      const latest = new Map(validated);
      clearStoreOnNewBase(context, base);
      await inner.load({
        ...context,
        store: storeLeavingOut(context.store),
        parseData: parseValidated(context, validated, root, strict, validateOptions),
      });
      if (!context.watcher) return;
      watchBriefings(
        context.watcher,
        base,
        root,
        async (path) => {
          const result = await check(path);
          latest.set(path, result);
          recordAcross([...latest.values()], strict, folder);
          return result;
        },
        (path) => {
          latest.delete(path);
          recordAcross([...latest.values()], strict, folder);
        },
      );
    },
  };
}
