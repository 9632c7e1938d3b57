/**
 * Where a URL found on a built page leads: to a file of the site (and which
 * one in `dist/`), to another host, or nowhere a static host could serve.
 *
 * The site lives at `siteOrigin` + `basePath`; `dist/` holds what is served
 * under that base path, so `/news/people/` is `dist/people/index.html`.
 */

export interface SiteLocation {
  /** Origin the site is served from, e.g. `https://example.github.io`. */
  origin: string;
  /** `/` or a sub-path such as `/news/`. */
  basePath: string;
}

export type Resolution =
  /** A path inside the site, relative to `dist/`, without the `#fragment`; `''` is the site root. */
  | { kind: 'internal'; path: string; fragment: string }
  /** On another host, or a scheme a static host does not serve (`mailto:`). */
  | { kind: 'external'; url: string }
  /** On the site's own origin but outside its base path: a link that forgot `withBase()`. */
  | { kind: 'outside-base'; url: string }
  /** A `javascript:` URL: script in an attribute, which the Content-Security-Policy forbids. */
  | { kind: 'script'; url: string };

/** The URL a page at `pagePath` (relative to `dist/`, e.g. `people/index.html`) is served at. */
export function pageUrl(pagePath: string, site: SiteLocation): URL {
  const servedPath = pagePath.replace(/(^|\/)index\.html$/, '$1');
  return new URL(site.basePath + servedPath, site.origin);
}

/** Resolves a URL as written on the page at `pagePath`. */
export function resolveReference(rawUrl: string, pagePath: string, site: SiteLocation): Resolution {
  if (/^\s*javascript:/i.test(rawUrl)) return { kind: 'script', url: rawUrl };
  const url = new URL(rawUrl, pageUrl(pagePath, site));
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { kind: 'external', url: url.href };
  if (url.origin !== new URL(site.origin).origin) return { kind: 'external', url: url.href };
  if (!url.pathname.startsWith(site.basePath)) return { kind: 'outside-base', url: url.href };
  return {
    kind: 'internal',
    path: decodeURIComponent(url.pathname.slice(site.basePath.length)),
    fragment: decodeURIComponent(url.hash.replace(/^#/, '')),
  };
}

/**
 * The file a static host serves for a site path, given what exists in
 * `dist/`: the file itself, or a folder's `index.html`. `undefined` if none.
 */
export function fileForPath(
  sitePath: string,
  exists: (file: string) => boolean,
): string | undefined {
  const clean = sitePath.replace(/^\/+/, '');
  if (clean === '' || clean.endsWith('/')) {
    const index = `${clean}index.html`;
    return exists(index) ? index : undefined;
  }
  if (exists(clean)) return clean;
  const folderIndex = `${clean}/index.html`;
  return exists(folderIndex) ? folderIndex : undefined;
}
