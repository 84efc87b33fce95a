import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { BriefingContentError } from './briefing-content-error.ts';
import { clearContentError, recordContentError } from './content-error-registry.ts';
import { formatContentIssue } from './format-content-issue.ts';
import { validateBriefingSource, type BriefingValidation } from './validate-briefing-source.ts';

/**
 * Astro's glob loader for briefing MDX files, with the whole briefing (frontmatter and body)
 * validated by our own checks first, so every error reads the same here as in `npm run check`.
 */
export function briefingLoader(options: { base: string }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base });
  return {
    name: 'briefing-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const base = resolve(root, options.base);
      const validate = async (filePath: string): Promise<BriefingValidation & { file: string }> => {
        const file = relative(root, filePath);
        return { file, ...validateBriefingSource(await readFile(filePath, 'utf8')) };
      };
      await inner.load({
        ...context,
        parseData: async (props) => {
          const result = await validate(props.filePath ?? '');
          for (const warning of result.warnings) context.logger.warn(formatContentIssue(result.file, warning));
          if (result.errors.length > 0) throw new BriefingContentError(result.file, result.errors);
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
        if (result.errors.length > 0) recordContentError(result.file, new BriefingContentError(result.file, result.errors));
        else clearContentError(result.file);
      };
      watcher.on('change', track);
      watcher.on('add', track);
      watcher.on('unlink', (filePath) => clearContentError(relative(root, filePath)));
    },
  };
}
