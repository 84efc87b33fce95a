import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Pagefind's ready-made search interfaces, which it writes beside the index: the site's own search
 * panel (`src/scripts/search-panel.ts`) uses only `pagefind.js`, its worker and the index, so these
 * are left out of the published site.
 */
const unusedBundles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes a built site for search with Pagefind and writes the index into the same folder
 * (`pagefind/`). Run on the staging folder before the swap, so a failed index fails the build
 * and never leaves a half-written index in the published site. Returns the number of pages indexed.
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`Search index: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Search index: ${siteDir} has no HTML pages`);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`);
    await Promise.all(unusedBundles.map((name) => rm(join(outputPath, name), { force: true })));
    // `page_count` above counts every page read; the entry file counts the pages indexed, those
    // whose content is marked with data-pagefind-body (every page, where none is marked).
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    // Pagefind runs as a separate process; closing it lets the build exit.
    await pagefind.close();
  }
}
