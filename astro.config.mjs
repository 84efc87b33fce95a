// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { safeMdx } from './src/lib/collection/safe-mdx-guard.ts';
import { basisInSentence } from './src/lib/collection/basis-in-sentence.ts';
import { isEmbedPath, isSectionSharePath } from './src/lib/model/page-addresses.ts';
import { briefingLastModified, pageLastModified } from './src/lib/collection/briefing-dates.ts';
import { briefingsDir } from './src/lib/collection/briefing-files.ts';

/**
 * The site's public address, for canonical links, feeds, the sitemap and share images: the
 * `SITE_URL` environment variable (e.g. `SITE_URL=https://briefings.example.org npm run build`),
 * or the example domain when it is unset.
 */
function siteUrl() {
  const value = process.env.SITE_URL?.trim() || 'https://briefings.example.com';
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: expected an absolute address such as https://briefings.example.org, found "${value}"`);
  }
  if (!['https:', 'http:'].includes(url.protocol)) {
    throw new Error(`SITE_URL: expected an https: or http: address, found "${value}"`);
  }
  return url.href;
}

const lastModified = briefingLastModified(briefingsDir());

/**
 * Astro marks each MDX page's module "use astro:head-inject" for its own use, and the bundler warns,
 * once a briefing, that it may not keep such a directive; Astro has read it by then. That warning
 * alone is dropped, so `astro build` shows the warnings that matter.
 * @param {{ code?: string; message: string }} warning
 * @param {(warning: { code?: string; message: string }) => void} warn
 */
export function quietAstroDirective(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

export default defineConfig({
  site: siteUrl(),
  trailingSlash: 'always',
  integrations: [
    // The guard checks every MDX file against the briefing subset before the MDX compiler runs.
    safeMdx(),
    // Each figure learns whether its sentence says its basis in words, so its tag shows only where not.
    mdx({ processor: satteri({ mdastPlugins: [basisInSentence] }) }),
    // Only canonical pages: a section's share page and a chart's embed page name the briefing as theirs.
    sitemap({
      filter: (page) => !isSectionSharePath(new URL(page).pathname) && !isEmbedPath(new URL(page).pathname),
      namespaces: { news: false, xhtml: false, image: false, video: false },
      // Each page's last change, from the briefings' own dates, so crawlers revisit what changed.
      serialize: (item) => {
        const lastmod = pageLastModified(new URL(item.url).pathname, lastModified);
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ],
  build: {
    // One 16 KB stylesheet, inlined (and hashed for the CSP), saves a render-blocking request.
    inlineStylesheets: 'always',
    // Four pages at a time: while one waits for its picture from the drawing threads, or for a
    // file to be read or written, the next renders (a build with every picture cached runs about
    // a tenth faster than one page at a time). Reports that collect across pages sort what they list.
    concurrency: 4,
  },
  vite: {
    // The search panel's script is built like a worker (its own file, by address): as a module.
    worker: { format: 'es' },
    build: {
      // The search panel is imported when a reader first opens it; nothing of it is preloaded (Vite
      // still adds its preload helper, about 0.5 KB gzip, to the script that imports it).
      modulePreload: false,
      // Terser, three passes over ES modules (their top level is private, so its names shorten
      // too), packs the chart script some 2 KB (gzip) smaller than the default minifier.
      minify: 'terser',
      terserOptions: { module: true, compress: { passes: 3, pure_getters: true } },
      rolldownOptions: {
        onwarn: quietAstroDirective,
        output: {
          codeSplitting: {
            // Chart.js and what the chart script draws with, in one chunk that every page with a
            // chart loads; the pieces of charts over time and of lines stay in their own scripts.
            groups: [{ name: 'charts', test: /src\/scripts\/chart-registry\.ts|src\/lib\/chart\/fit-layout\.ts/ }],
          },
        },
      },
    },
  },
  markdown: {
    // Shiki's inline styles would need 'unsafe-inline' under the CSP; briefings carry no code.
    syntaxHighlight: false,
    // Prose keeps the apostrophes its author typed, as every title, label, caption and chart does
    // (they come from the frontmatter, not from Markdown): one style of apostrophe on a page. Quotes
    // from a source stay as the source writes them.
    smartypants: false,
  },
  security: {
    csp: {
      scriptDirective: {
        // 'self' is Astro's default. Search (Pagefind) compiles a WebAssembly engine: in its worker
        // (whose policy is in public/_headers), and in the page itself when a worker cannot start.
        // 'wasm-unsafe-eval' allows compiling WebAssembly and nothing else: eval() stays blocked.
        resources: ["'self'", "'wasm-unsafe-eval'"],
      },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // Pagefind fetches its index files from this site, and starts its worker from a file of
        // this site (never a blob:); worker-src says so rather than leaving it to script-src.
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  experimental: {
    // Completion and inline errors in a briefing's frontmatter, from the collection's zod schema, in
    // editors running the Astro language server (VS Code: the Astro extension, see .vscode/).
    contentIntellisense: true,
  },
});
