// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { isSectionSharePath } from './src/lib/model/briefing-urls.ts';

export default defineConfig({
  site: 'https://briefings.example.com',
  trailingSlash: 'always',
  integrations: [
    mdx(),
    // Only canonical pages: a section's share page names the full briefing as its canonical page.
    sitemap({
      filter: (page) => !isSectionSharePath(new URL(page).pathname),
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  ],
  build: {
    // One 16 KB stylesheet, inlined (and hashed for the CSP), saves a render-blocking request.
    inlineStylesheets: 'always',
  },
  markdown: {
    // Shiki's inline styles would need 'unsafe-inline' under the CSP; briefings carry no code.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          // Terser packs the Chart.js bundle about 6 KB (gzip) smaller than the default minifier,
          // keeping a briefing page's JavaScript inside its 45 KB budget. Only browser code needs
          // it: the server bundle (every briefing's compiled MDX) is never shipped.
          minify: 'terser',
          terserOptions: { module: true, compress: { passes: 3, pure_getters: true } },
        },
      },
    },
  },
});
