// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSlug from 'rehype-slug';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { BASE_PATH, SITE_URL } from './src/config.ts';
import remarkRawHtmlAsText from './src/markdown/remark-raw-html-as-text.ts';

// OUT_DIR and ASTRO_CACHE_DIR let tests and benchmarks build several archives side by side.
const outDir = process.env.OUT_DIR || './dist';
const cacheDir = process.env.ASTRO_CACHE_DIR || './node_modules/.astro';

export default defineConfig({
  site: SITE_URL,
  base: BASE_PATH,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  build: { format: 'directory' },
  server: { port: 4321 },
  markdown: {
    // unified, not the default Sätteri processor, so that remark and rehype plugins run.
    processor: unified({
      remarkPlugins: [remarkRawHtmlAsText],
      rehypePlugins: [
        rehypeSlug,
        [rehypeAutolinkHeadings, { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } }],
      ],
    }),
  },
});
