/**
 * Permanent links: the old paths of a story (its `aliases`), kept working
 * after its date or slug changes. What an old path may be, and the checks
 * that no old path takes the place of a live page or of another story's.
 */
import { articlePath, type ArticleLike } from './articles';

/**
 * A path of this site: one leading `/`, then segments of letters, digits and
 * `-._~` (any script), no scheme or host (`//host`, `https:`), no query,
 * fragment, `..`, spaces or backslashes. A redirect page is a folder's
 * `index.html`, so the path names a folder (`/old-slug/`; the final `/` may be
 * left out and is added).
 */
const SITE_PATH = /^(?:\/[\p{L}\p{N}\-._~]+)+\/?$/u;

export function isSitePath(value: string): boolean {
  return (
    SITE_PATH.test(value) &&
    !value.split('/').some((segment) => segment === '.' || segment === '..')
  );
}

/** `/2019/03/02/old-slug` → `/2019/03/02/old-slug/`. */
export function normaliseSitePath(value: string): string {
  return value.endsWith('/') ? value : `${value}/`;
}

/**
 * First path segments the site's own pages and files live under: an old path
 * there could hide a live page (or one a later build adds), so none may start
 * with one. Articles' own paths (`/YYYY/MM/DD/slug/`) are checked one by one.
 */
export const RESERVED_SEGMENTS = new Set([
  'archive',
  'people',
  'places',
  'organizations',
  'search',
  'page',
  'pagefind',
  '_astro',
  '404.html',
  'rss.xml',
  'robots.txt',
  'opensearch.xml',
  'favicon.svg',
  '_headers',
  '_redirects',
]);

export interface Alias extends ArticleLike {
  data: ArticleLike['data'] & { aliases: readonly string[] };
}

export interface Redirect {
  /** The old site path. */
  from: string;
  /** The article's path now. */
  to: string;
  title: string;
}

/**
 * Every old path and where it now leads, newest article first. Fails with
 * every problem at once, each naming the article's file and its `aliases`
 * entry: an old path that is a live article's path (its own included), lies
 * under a section of the site, or is claimed by two articles.
 */
export function redirectsOf(articles: readonly Alias[]): Redirect[] {
  const livePaths = new Map(articles.map((article) => [articlePath(article), article.id]));
  const claimed = new Map<string, string>();
  const redirects: Redirect[] = [];
  const problems: string[] = [];
  for (const article of articles) {
    article.data.aliases.forEach((from, position) => {
      const field = `${article.id}.md: aliases[${position}] "${from}"`;
      const firstSegment = from.split('/')[1] ?? '';
      const live = livePaths.get(from);
      const earlier = claimed.get(from);
      if (live !== undefined) {
        problems.push(
          live === article.id
            ? `${field} is the article's own path`
            : `${field} is the path of ${live}.md`,
        );
      } else if (from === '/' || RESERVED_SEGMENTS.has(firstSegment)) {
        problems.push(
          `${field} lies under /${firstSegment}${firstSegment ? '/' : ''}, where the site's own pages are`,
        );
      } else if (earlier !== undefined && earlier !== article.id) {
        problems.push(`${field} is also an alias of ${earlier}.md`);
      } else if (earlier === undefined) {
        claimed.set(from, article.id);
        redirects.push({ from, to: articlePath(article), title: article.data.title });
      }
    });
  }
  if (problems.length > 0) {
    throw new Error(
      `An old path (aliases) of an article cannot be redirected:\n  ${problems.join('\n  ')}`,
    );
  }
  return redirects;
}
