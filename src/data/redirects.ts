/**
 * The old paths of stories (their `aliases`) and where each now leads,
 * checked once per build against every live article path and the site's
 * sections: a bad alias stops the build with its file and entry named.
 */
import { getArticlesNewestFirst } from './articles';
import { redirectsOf, type Redirect } from '../lib/aliases';

let redirects: Promise<Redirect[]> | undefined;

export function getRedirects(): Promise<Redirect[]> {
  redirects ??= getArticlesNewestFirst().then(redirectsOf);
  return redirects;
}
