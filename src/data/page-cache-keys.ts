/**
 * Cache keys for the static paths of every route, so that a rebuild renders
 * only the pages whose content changed (Astro's `experimental.incrementalBuild`,
 * on in astro.config.mjs; CONTRIBUTING.md, "How the build works"). Astro
 * itself re-renders a page when its code, the config or the lock file changed;
 * the key covers the data: the page's params and props, what its template reads
 * from the shared indexes besides (`reads`), and the site settings every page
 * prints.
 */
import { MARKDOWN, SITE_DESCRIPTION, SITE_TITLE, SITE_URL, BASE_PATH } from '../config';
import { pageCacheKey } from '../lib/page-cache-key';

/** What every page depends on beyond its own data: settings read from the environment. */
const BUILD_SETTINGS = JSON.stringify({
  SITE_TITLE,
  SITE_DESCRIPTION,
  SITE_URL,
  BASE_PATH,
  MARKDOWN,
});

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: unknown;
}

/**
 * The paths with a `cacheKey` each. `reads(path)` returns the shared data the
 * template reads for that path besides its props (entity names, filter shards …).
 */
export function withCacheKeys<Path extends StaticPath>(
  paths: readonly Path[],
  reads?: (path: Path) => unknown,
): (Path & { cacheKey: string })[] {
  return paths.map((path) => ({
    ...path,
    cacheKey: pageCacheKey(BUILD_SETTINGS, {
      params: path.params,
      props: path.props,
      reads: reads?.(path),
    }),
  }));
}
