import { markdownConfigDefaults } from '@astrojs/internal-helpers/markdown';
import mdx from '@astrojs/mdx';
import type { Plugin } from 'vite';
import { safeMdxVitePlugin } from '../../src/lib/collection/safe-mdx-guard.ts';
import { projectRoot } from './build-site.ts';

type Transform = (code: string, id: string) => Promise<{ code: string } | undefined>;

function handlerOf(plugin: Plugin): Transform {
  const hook = plugin.transform as unknown as { handler: (code: string, id: string) => Promise<{ code: string }> };
  return (code, id) => Promise.resolve(hook.handler.call({}, code, id));
}

/**
 * The real @astrojs/mdx Vite plugin, set up through the integration's own hooks with this
 * project's Markdown settings: what `astro build` compiles every .mdx file with.
 */
export async function mdxCompiler(): Promise<Transform> {
  const plugins: Plugin[] = [];
  const integration = mdx();
  const setup = integration.hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
  await setup({
    config: {},
    updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins),
    addPageExtension: () => {},
    addContentEntryType: () => {},
    addRenderer: () => {},
  });
  const done = integration.hooks['astro:config:done'] as unknown as (options: object) => Promise<void>;
  await done({
    config: {
      markdown: { ...markdownConfigDefaults, syntaxHighlight: false },
      srcDir: new URL('src/', `file://${projectRoot}/`),
    },
    logger: { warn: () => {} },
  });
  return handlerOf(plugins.find((plugin) => plugin.name === '@mdx-js/rolldown')!);
}

/**
 * The transform chain every .mdx file goes through in the build, in Astro's order: the safe-MDX
 * guard, then the MDX compiler. Resolves to the compiled module, or rejects with the first refusal.
 */
export async function compileChain(root = projectRoot): Promise<(code: string, id: string) => Promise<string>> {
  const guard = handlerOf(safeMdxVitePlugin(root));
  const compile = await mdxCompiler();
  return async (code, id) => {
    const guarded = await guard(code, id);
    const compiled = await compile(guarded?.code ?? code, id);
    return compiled!.code;
  };
}
