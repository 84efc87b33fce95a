import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import { BriefingContentError } from './briefing-content-error.ts';
import { formatContentIssue } from './format-content-issue.ts';
import { validateBriefingSource } from './validate-briefing-source.ts';

/**
 * Astro's glob loader for briefing MDX files, with the whole briefing (frontmatter and body)
 * validated by our own checks first, so every error reads the same here as in `npm run check`.
 */
export function briefingLoader(options: { base: string }): Loader {
  const inner = glob({ pattern: '**/*.mdx', base: options.base });
  return {
    name: 'briefing-loader',
    load: (context) => {
      const root = fileURLToPath(context.config.root);
      return inner.load({
        ...context,
        parseData: async (props) => {
          const filePath = props.filePath ?? '';
          const file = relative(root, filePath);
          const result = validateBriefingSource(await readFile(filePath, 'utf8'));
          for (const warning of result.warnings) context.logger.warn(formatContentIssue(file, warning));
          if (result.errors.length > 0) throw new BriefingContentError(file, result.errors);
          return context.parseData({ ...props, data: result.data as typeof props.data });
        },
      });
    },
  };
}
