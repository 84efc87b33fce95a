import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { BriefingContentError } from '../errors/content-issue.ts';
import { checkMdxFileSafety } from '../validate/file-safety.ts';

/**
 * A Vite plugin that checks every `.mdx` file against the briefing subset before the MDX compiler
 * sees it, and stops the build with the same errors `npm run check` prints. The content loader
 * already refuses such briefings; this makes the compiler itself refuse any MDX file, whatever
 * path it arrives by, so no content can run code at build time or ship a script.
 */
export function safeMdxVitePlugin(root: string): Plugin {
  return {
    name: 'briefings:safe-mdx',
    enforce: 'pre',
    transform: {
      order: 'pre',
      handler(code, id) {
        const path = id.split('?')[0]!;
        if (!path.endsWith('.mdx')) return undefined;
        const errors = checkMdxFileSafety(code).filter((issue) => issue.severity === 'error');
        if (errors.length > 0) throw new BriefingContentError(relative(root, path), errors);
        return undefined;
      },
    },
  };
}

/** The guard as an Astro integration; list it before `mdx()` so it runs first. */
export function safeMdx(): AstroIntegration {
  return {
    name: 'briefings:safe-mdx',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [safeMdxVitePlugin(fileURLToPath(config.root))] } });
      },
    },
  };
}
