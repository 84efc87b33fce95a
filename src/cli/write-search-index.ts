import { readdir, readFile, rm } from 'node:fs/promises';
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
 * A page as search reads it: the end of a table cell, caption, list item or description is a word
 * break, so an excerpt never runs a caption and its column headings together ("by periodPeriodValue");
 * the published page itself is left as built.
 */
export function withWordBreaks(html: string): string {
  return html.replace(/<\/(th|td|caption|li|dt|dd)>/gi, ' </$1>');
}

/** The HTML pages of a built site, as paths relative to it. */
async function htmlPages(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(siteDir.length)
        .replace(/^[\\/]+/, ''),
    )
    .sort();
}

/**
 * Indexes a built site for search with Pagefind and writes the index into the same folder
 * (`pagefind/`). Run on the staging folder before the swap, so a failed index fails the build
 * and never leaves a half-written index in the published site. Returns the number of pages indexed.
 */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Search index: ${errors.join('; ')}`);
    const pages = await htmlPages(siteDir);
    if (pages.length === 0) throw new Error(`Search index: ${siteDir} has no HTML pages`);
    const add = (page: string, html: string) => {
      const added = index.addHTMLFile({ sourcePath: page, content: withWordBreaks(html) }).then(({ errors }) => {
        if (errors.length > 0) throw new Error(`Search index: ${page}: ${errors.join('; ')}`);
      });
      // Awaited with the rest below; meanwhile a failure is not reported as unhandled.
      added.catch(() => undefined);
      return added;
    };
    // Pagefind reads only the pages marked with data-pagefind-body, where any page is marked (every
    // page otherwise): the others (share and embed pages, most of a site) are not sent to it at all.
    // Pages are read one at a time and each marked one sent at once, for Pagefind to parse in its own
    // process while the next is read; only the addresses of the others are kept.
    const sent: Promise<void>[] = [];
    const unmarked: string[] = [];
    for (const page of pages) {
      const html = await readFile(join(siteDir, page), 'utf8');
      if (html.includes('data-pagefind-body')) sent.push(add(page, html));
      else unmarked.push(page);
    }
    if (sent.length === 0)
      for (const page of unmarked) sent.push(add(page, await readFile(join(siteDir, page), 'utf8')));
    await Promise.all(sent);
    const outputPath = join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Search index: ${written.errors.join('; ')}`);
    await Promise.all(unusedBundles.map((name) => rm(join(outputPath, name), { force: true })));
    // Every page is read; the entry file counts the pages indexed, those whose content is marked
    // with data-pagefind-body (every page, where none is marked).
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    // Pagefind runs as a separate process; closing it lets the build exit.
    await pagefind.close();
  }
}
