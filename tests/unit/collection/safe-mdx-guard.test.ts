import { describe, expect, test } from 'vitest';
import { safeMdx, safeMdxVitePlugin } from '../../../src/lib/collection/safe-mdx-guard.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const plugin = safeMdxVitePlugin('/project');
const transform = (code: string, id: string) => {
  const hook = plugin.transform as { handler: (code: string, id: string) => unknown };
  return hook.handler.call({}, code, id);
};

describe('safeMdxVitePlugin', () => {
  test('lets a briefing in the safe subset through to the MDX compiler untouched', () => {
    expect(transform(readBriefingSource('minimal'), '/project/content/briefings/minimal.mdx')).toBeUndefined();
  });

  test('ignores files that are not MDX', () => {
    expect(transform("import fs from 'node:fs';", '/project/src/pages/index.astro')).toBeUndefined();
  });

  test('stops any MDX file that would run code, with file lines and the check’s wording', () => {
    const code = "---\ntitle: x\n---\n\nimport fs from 'node:fs'\n\n<script>alert(1)</script>\n";
    expect(() => transform(code, '/project/src/pages/page.mdx?astroContentCollectionEntry=true')).toThrow(
      [
        'src/pages/page.mdx:5 expected Markdown and briefing components only, found an import statement "import fs from \'node:fs\'": a briefing cannot import code, and its components need no import',
        'src/pages/page.mdx:7 expected Markdown or a briefing component, found the HTML element <script>: raw HTML is not allowed in a briefing; use Markdown for links, emphasis and lists',
        '2 errors in src/pages/page.mdx',
      ].join('\n'),
    );
  });
});

describe('safeMdx', () => {
  test('adds the guard to Vite when Astro sets up its config', () => {
    const added: unknown[] = [];
    const setup = safeMdx().hooks['astro:config:setup'] as (options: unknown) => void;
    setup({ config: { root: new URL('file:///project/') }, updateConfig: (c: unknown) => added.push(c) });
    expect(added).toEqual([{ vite: { plugins: [expect.objectContaining({ name: 'briefings:safe-mdx' })] } }]);
  });
});
