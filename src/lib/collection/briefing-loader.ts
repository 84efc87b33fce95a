import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { BriefingContentError, BriefingsContentError, formatContentIssue } from '../errors/content-issue.ts';
import { resolveShownText } from '../model/shown-text.ts';
import { forgetFile, recordFileStatus } from './content-status.ts';
import {
  checkBriefingSet,
  failuresOf,
  findBriefingFiles,
  fileFromRoot,
  validateBriefingFile,
  type BriefingFile,
  type BriefingSetOptions,
  type CheckedBriefingFile,
} from './briefing-files.ts';
import { folderSourceTexts, resolveSourcesDirs } from './source-texts.ts';

/** Records a file's status for the routes and the build's report; returns its warnings, worded. */
function recordStatus(result: CheckedBriefingFile): string[] {
  const warnings = result.warnings.map((w) => formatContentIssue(result.file, w));
  recordFileStatus(result.file, {
    error: result.failures.length > 0 ? new BriefingContentError(result.file, result.failures) : undefined,
    warnings,
    latest: result.briefing && { briefing: resolveShownText(result.briefing), body: result.body },
  });
  return warnings;
}

/**
 * Checks the set and records every file's status, logging the warnings of the files in `logFor`
 * (all of them when left out). Returns the set's results.
 */
export async function recordBriefingSet(
  paths: readonly string[],
  options: BriefingSetOptions,
  logger: Pick<LoaderContext['logger'], 'warn'>,
  earlier?: ReadonlyMap<string, BriefingFile>,
  logFor?: string,
): Promise<Map<string, CheckedBriefingFile>> {
  const checked = await checkBriefingSet(paths, options, earlier);
  for (const [path, result] of checked) {
    const warnings = recordStatus(result);
    if (logFor === undefined || logFor === path) warnings.forEach((w) => logger.warn(w));
  }
  return checked;
}

/**
 * Checks every file before any is loaded, so one build reports the errors of all of them, and
 * throws them together. With `onFailure`, the failures are handed to it instead (the dev server
 * starts anyway, every route showing them).
 */
export async function validateAll(
  paths: readonly string[],
  options: BriefingSetOptions,
  logger: Pick<LoaderContext['logger'], 'warn'>,
  onFailure?: (error: BriefingsContentError) => void,
): Promise<Map<string, CheckedBriefingFile>> {
  const checked = await recordBriefingSet(paths, options, logger);
  const failed = [...checked.values()].filter((r) => r.failures.length > 0);
  if (failed.length > 0) {
    const error = new BriefingsContentError(failed.map((r) => new BriefingContentError(r.file, r.failures)));
    if (!onFailure) throw error;
    onFailure(error);
  }
  return checked;
}

/** What the parser returns for a briefing that fails in dev: the store is not given it. */
const leftOut = Symbol('a failing briefing, not stored');

/**
 * The store as the glob loader sees it, never given a failing briefing. In dev, while a briefing
 * fails, every route shows its error; its last good entry stays in the store, so its page exists
 * again the moment an edit fixes it: the page reads the latest valid content the watcher records,
 * even if the glob loader, busy with the failing save, never stores the fixed one.
 */
function storeLeavingOut(store: LoaderContext['store']): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property) {
      if (property === 'set')
        return (entry: Parameters<typeof target.set>[0]) =>
          entry.data === (leftOut as unknown) ? false : target.set(entry);
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
  validated: Map<string, CheckedBriefingFile>,
  options: () => BriefingSetOptions,
): LoaderContext['parseData'] {
  const dev = Boolean(context.watcher);
  return async (props) => {
    const path = props.filePath ?? '';
    const earlier = validated.get(path);
    validated.delete(path);
    const { root, strict, sourceTexts } = options();
    let result = await validateBriefingFile(path, root, earlier, { sourceTexts });
    let failures = result === earlier ? earlier.failures : failuresOf(result, strict);
    // An editor's next save can land while a failing text is checked, and the glob loader may
    // already have stored it: leaving this entry out would drop that newer text. So a failing
    // file is read again until its text holds still.
    while (dev && failures.length > 0) {
      const again = await validateBriefingFile(path, root, result, { sourceTexts });
      if (again === result) break;
      result = again;
      failures = failuresOf(result, strict);
    }
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
  check: (path: string) => Promise<void>,
  onRemove: (path: string) => Promise<void>,
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
    void onRemove(path);
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
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const sources = options.sources ? resolveSourcesDirs(options.sources, root) : undefined;
      // Source texts are read afresh for each check, so a dev server sees their edits.
      const setOptions = (): BriefingSetOptions => ({
        root,
        folder: fileFromRoot(root, base),
        strict: options.strict ?? false,
        sourceTexts: sources ? folderSourceTexts(sources, root) : undefined,
      });
      // A build stops at the first failing load; the dev server starts anyway and every route
      // shows the errors (src/middleware.ts) until the files are fixed.
      const validated = await validateAll(
        await findBriefingFiles(base, root),
        setOptions(),
        context.logger,
        context.watcher ? (error) => context.logger.error(error.message) : undefined,
      );
      // The latest check of every file, for the checks across briefings after an edit.
      let latest: ReadonlyMap<string, CheckedBriefingFile> = new Map(validated);
      clearStoreOnNewBase(context, base);
      await inner.load({
        ...context,
        store: storeLeavingOut(context.store),
        parseData: parseValidated(context, validated, setOptions),
      });
      if (!context.watcher) return;
      // An edit to one briefing can make another disagree with it, or agree again: the whole set
      // is checked again, each unchanged file keeping its result.
      // Checks run one after another, so a later edit's result is never overwritten by an earlier one's.
      let queue = Promise.resolve();
      const recheck = (paths: () => string[], changed?: string) =>
        (queue = queue
          .then(async () => {
            latest = await recordBriefingSet(paths(), setOptions(), context.logger, latest, changed);
          })
          // A check that fails to run must not stop the ones after it.
          .catch((error: unknown) => context.logger.error(String(error))));
      watchBriefings(
        context.watcher,
        base,
        root,
        (path) => recheck(() => [...new Set([...latest.keys(), path])].sort(), path),
        (path) => recheck(() => [...latest.keys()].filter((p) => p !== path)),
      );
    },
  };
}
