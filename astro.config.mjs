// @ts-check
import { defineConfig } from 'astro/config';
import { BASE_PATH, BUILD_CACHE_DIR, INCREMENTAL_BUILD, MARKDOWN, SITE_URL } from './src/config.ts';
import { markdownProcessor } from './src/markdown/processors.ts';
import search from './src/integrations/search/index.ts';
import outputInPlace from './src/integrations/output-in-place.ts';
import incrementalPages from './src/integrations/incremental-pages.ts';
import redirectPages from './src/integrations/redirects.ts';
import { astroCspConfig } from './src/lib/content-security-policy.ts';
import sitemap from '@astrojs/sitemap';

// OUT_DIR and ASTRO_CACHE_DIR (src/config.ts) let tests and benchmarks build several archives side by side.
const outDir = process.env.OUT_DIR || './dist';
const cacheDir = BUILD_CACHE_DIR;
const redirects = redirectPages();
const incrementalBuild = INCREMENTAL_BUILD;

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // Stylesheets and scripts always as files, never inlined: then one Content-Security-Policy
  // without per-page hashes (public/_headers) allows every page.
  // concurrency: while one page's files are written the next renders (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: { build: { assetsInlineLimit: 0 } },
  server: { port: 4321 },
  // A <meta> Content-Security-Policy on every page; src/lib/content-security-policy.ts says why.
  security: { csp: astroCspConfig() },
  // A rebuild renders only pages whose cache key (src/data/page-cache-keys.ts) or code changed.
  experimental: { incrementalBuild },
  integrations: [
    // First: writes over the previous build's output, and removes what this build did not
    // rewrite before the integrations below read the pages (the search index keeps its own folder).
    outputInPlace({ leaveToOwners: ['pagefind'] }),
    // Astro's copies of the pages are the output itself; an interrupted build is not trusted.
    ...(incrementalBuild ? [incrementalPages()] : []),
    // Pagefind indexes the built pages at the end of `astro build` (and serves the last index in dev).
    search(),
    // Old paths of stories: `_redirects` lines; listed before the sitemap, which leaves them out.
    redirects,
    // Pages only: every HTML page ends in `/` here; feeds and robots.txt are not pages.
    sitemap({ filter: (page) => page.endsWith('/') && !redirects.isRedirect(page) }),
  ],
  markdown: {
    // Sätteri by default, remark with rehype-slug when MARKDOWN=remark: the same article
    // HTML either way (src/markdown/processors.ts; the README has the timings).
    processor: await markdownProcessor(MARKDOWN),
  },
});
