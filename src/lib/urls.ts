/**
 * Site-internal URLs. Every link goes through `withBase` so that an archive
 * deployed under a sub-path (`/news/`) links within itself.
 */
import { BASE_PATH, SITE_URL } from '../config';

/** `withBase('/people/li-qiang/')` → `/news/people/li-qiang/` when deployed under `/news/`. */
export function withBase(path: string, base: string = BASE_PATH): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  return cleanBase + path.replace(/^\/+/, '');
}

/** Absolute URL of a site path, base included: for canonical links, feeds and JSON-LD. */
export function absoluteUrl(
  path: string,
  base: string = BASE_PATH,
  site: string = SITE_URL,
): string {
  return new URL(withBase(path, base), `${site}/`).href;
}

export function personPath(id: string): string {
  return `/people/${id}/`;
}

export function placePath(id: string): string {
  return `/places/${id}/`;
}

export function organizationPath(id: string): string {
  return `/organizations/${id}/`;
}

export function homePagePath(page: number): string {
  return page <= 1 ? '/' : `/page/${page}/`;
}
