/**
 * Where a build keeps what it may reuse from the last one besides its pages
 * (the entities each article's text mentions, …), and the identity of the code
 * that made it: reused work holds only for the same code.
 * `src/integrations/incremental-pages.ts` hashes the code when `astro build`
 * starts and hands the hash to the build's pages through the environment; that
 * hash is the identity here. Outside such a build (dev server, tests, the
 * incremental build off) there is none, and every cache starts empty.
 */
import { BUILD_CACHE_DIR } from '../config';
import { BUILD_SOURCE_ENV } from '../integrations/incremental-pages';

export interface BuildCache {
  dir: string;
  /** A hash of the code this build runs. */
  codeIdentity: string;
}

export function getBuildCache(): BuildCache | undefined {
  const codeIdentity = process.env[BUILD_SOURCE_ENV];
  return codeIdentity ? { dir: BUILD_CACHE_DIR, codeIdentity } : undefined;
}
