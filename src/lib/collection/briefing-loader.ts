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
import { resolveShownText } from '../model/resolve-shown-text.ts';
import { folderSourceTexts } from './source-texts.ts';
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
 * With `strict`, warnings fail the load too. With `sources`, a folder of source texts, quotes are
 * checked against them. Pages get the frontmatter text with its `<Fig>` references resolved.
 */
export function briefingLoader(options: { base: string; strict?: boolean; sources?: string }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base });
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const sources = options.sources ? resolve(root, options.sources) : undefined;
      const validate = async (filePath: string): Promise<Validated> => {
        const text = await readFile(filePath, 'utf8');
        const sourceTexts = sources ? folderSourceTexts(sources, root) : undefined;
        const result: Validated = {
          file: relative(root, filePath),
          text,
          ...validateBriefingSource(text, { sourceTexts }),
        };
        const warnings = result.warnings.map((w) => formatContentIssue(result.file, w));
        recordContentWarnings(result.file, warnings);
        warnings.forEach((w) => context.logger.warn(w));
        return result;
      };
      const failures = (result: Validated) => (options.strict ? [...result.errors, ...result.warnings] : result.errors);

      const validated = new Map<string, Validated>();
      for (const filePath of await findBriefingFiles(base).catch(() => []))
        validated.set(filePath, await validate(filePath));
      const failed = [...validated.values()].filter((r) => failures(r).length > 0);
      if (failed.length > 0)
        throw new BriefingsContentError(failed.map((r) => new BriefingContentError(r.file, failures(r))));

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
          return context.parseData({
            ...props,
            data: resolveShownText(result.briefing!) as unknown as typeof props.data,
          });
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
        if (result.errors.length > 0) {
          recordContentError(result.file, new BriefingContentError(result.file, result.errors));
          return;
        }
        clearContentError(result.file);
        recordValidBriefing(posixPath(result.file), resolveShownText(result.briefing!), result.body);
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
      watcher.on('unlink', (filePath) => clearContentError(relative(root, filePath)));
    },
  };
}
