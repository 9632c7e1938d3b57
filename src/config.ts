/**
 * Site settings, read once from the environment.
 *
 * Everything that differs between deployments of the same code lives here, so
 * that a page, the Astro config and the tests agree on one value.
 */
import path from 'node:path';

const env = process.env;

/** Normalises a base path to the form Astro and our URL helpers expect: `/` or `/news/`. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export const SITE_TITLE = env.SITE_TITLE?.trim() || 'News Archive';
export const SITE_DESCRIPTION =
  env.SITE_DESCRIPTION?.trim() ||
  'A searchable archive of news stories: by date, by person, by place.';

/** Absolute origin the site is served from; used for canonical URLs, feeds and the sitemap. */
export const SITE_URL = (env.SITE_URL?.trim() || 'http://localhost:4321').replace(/\/+$/, '');

/** Sub-path the site is deployed under, e.g. `/news/` for GitHub Pages project sites. */
export const BASE_PATH = normaliseBasePath(env.BASE_PATH);

/** The archive to build: a folder holding `articles/` and the registry files. */
export const ARCHIVE_DIR = path.resolve(env.ARCHIVE_DIR?.trim() || 'content');

/** Astro's cache folder, where the incremental build keeps what it reuses from the last build. */
export const BUILD_CACHE_DIR = path.resolve(env.ASTRO_CACHE_DIR?.trim() || 'node_modules/.astro');

/** `INCREMENTAL_BUILD=0` renders every page, as a build without a cache does; only the search index is still reused. */
export const INCREMENTAL_BUILD = env.INCREMENTAL_BUILD?.trim() !== '0';

/** Articles listed on each page of the home page. */
export const ARTICLES_PER_PAGE = 20;

/** Default language of articles that do not say otherwise. */
export const DEFAULT_LANG = 'en';

/**
 * The Markdown pipeline: `satteri` (Astro 7's Rust processor, the default: it
 * syncs a large archive several times faster; CONTRIBUTING.md, "Markdown pipelines", has
 * the figures) or `remark` (Astro's unified processor with rehype-slug). Both
 * make the same article HTML.
 */
export const MARKDOWN = markdownSetting(env.MARKDOWN);

export function markdownSetting(raw: string | undefined): 'satteri' | 'remark' {
  const value = (raw ?? '').trim().toLowerCase() || 'satteri';
  if (value === 'satteri' || value === 'remark') return value;
  throw new Error(`MARKDOWN must be "satteri" or "remark", not "${raw}"`);
}
