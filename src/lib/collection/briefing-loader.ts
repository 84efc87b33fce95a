import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { BriefingContentError, BriefingsContentError } from '../errors/briefing-content-error.ts';
import { findBriefingFiles } from './check-briefing-files.ts';
import {
  clearContentError,
  recordContentError,
  recordContentWarnings,
  recordValidBriefing,
} from './content-error-registry.ts';
import { formatContentIssue } from '../errors/format-content-issue.ts';
import { checkAcrossBriefings } from '../validate/check-across-briefings.ts';
import { validateBriefingSource, type BriefingValidation } from '../validate/validate-briefing-source.ts';

/** A relative path with forward slashes, as Astro stores entry file paths. */
const posixPath = (path: string) => path.split(sep).join('/');

interface Validated extends BriefingValidation {
  file: string;
  text: string;
}

/**
 * Astro's glob loader for briefing MDX files, with the whole briefing (frontmatter and body)
 * validated by our own checks first, so every error reads the same here as in `npm run check`.
 * Every file is validated before any is loaded, so one build reports the errors of all of them.
 * With `strict`, warnings fail the load too.
 */
export function briefingLoader(options: { base: string; strict?: boolean }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base });
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const validate = async (filePath: string): Promise<Validated> => {
        const text = await readFile(filePath, 'utf8');
        const result: Validated = { file: relative(root, filePath), text, ...validateBriefingSource(text) };
        const warnings = result.warnings.map((w) => formatContentIssue(result.file, w));
        recordContentWarnings(result.file, warnings);
        warnings.forEach((w) => context.logger.warn(w));
        return result;
      };
      const failures = (result: Validated) => (options.strict ? [...result.errors, ...result.warnings] : result.errors);

      // Each file's own problems, then those found by comparing the files that pass their own checks.
      const withAcross = (results: Validated[]) => {
        const across = checkAcrossBriefings(
          results.flatMap((r) => (r.briefing ? [{ file: r.file, briefing: r.briefing, lineOf: r.lineOf }] : [])),
        );
        return results.map((r) => ({
          result: r,
          issues: [...failures(r), ...across.filter((a) => a.file === r.file).map((a) => a.issue)],
        }));
      };

      const validated = new Map<string, Validated>();
      for (const filePath of await findBriefingFiles(base).catch(() => []))
        validated.set(filePath, await validate(filePath));
      const failed = withAcross([...validated.values()]).filter(({ issues }) => issues.length > 0);
      if (failed.length > 0)
        throw new BriefingsContentError(
          failed.map(({ result, issues }) => new BriefingContentError(result.file, issues)),
        );
      const latest = new Map(validated);

      // Astro caches entries between builds and reuses one whose text is unchanged, keeping its
      // old file path; after switching BRIEFINGS_DIR that path may be gone, so start afresh.
      if (context.meta.get('base') !== base) {
        context.store.clear();
        context.meta.set('base', base);
      }
      await inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath ?? '';
          // Reuse the validation above unless the file changed since (a dev-server reload).
          const earlier = validated.get(filePath);
          validated.delete(filePath);
          const text = await readFile(filePath, 'utf8');
          const result = earlier?.text === text ? earlier : await validate(filePath);
          if (failures(result).length > 0) throw new BriefingContentError(result.file, failures(result));
          return context.parseData({ ...props, data: result.data as typeof props.data });
        },
      });
      // In dev the glob loader logs a failed reload and keeps serving the last good entry (and
      // skips files whose text it has seen before). Tracking each file's state here lets the
      // pages show the error in the overlay until the file is fixed.
      const { watcher } = context;
      if (!watcher) return;
      const track = async (filePath: string) => {
        if (!filePath.startsWith(base) || !filePath.endsWith('.mdx')) return;
        const result = await validate(filePath).catch(() => undefined);
        if (!result) return;
        latest.set(filePath, result);
        if (result.errors.length === 0) recordValidBriefing(posixPath(result.file), result.briefing!, result.body);
        // An edit to one briefing can make another disagree with it, or agree again: recheck them all.
        for (const { result: r, issues } of withAcross([...latest.values()])) {
          const errors = issues.filter((i) => i.severity === 'error');
          if (errors.length > 0) recordContentError(r.file, new BriefingContentError(r.file, errors));
          else clearContentError(r.file);
        }
      };
      // An editor's save can reach the watcher while the file is half written; checking once the
      // writes have settled means the last word is always the file's final text.
      const pending = new Map<string, ReturnType<typeof setTimeout>>();
      const settle = (filePath: string) => {
        clearTimeout(pending.get(filePath));
        pending.set(
          filePath,
          setTimeout(() => {
            pending.delete(filePath);
            void track(filePath);
          }, 150),
        );
      };
      watcher.on('change', settle);
      watcher.on('add', settle);
      watcher.on('unlink', (filePath) => {
        latest.delete(filePath);
        clearContentError(relative(root, filePath));
      });
    },
  };
}
