/**
 * Where a build keeps what it may reuse from the last one besides its pages
 * (the entities each article's text mentions, …), and the identity of the code
 * that made it: reused work holds only for the same code.
 * `src/integrations/incremental-pages.ts` hashes the code when a build starts;
 * that hash is the identity here. Outside `astro build` (dev server, tests)
 * nothing hashed the code, and with the incremental build off nothing should be
 * reused: then there is no identity and every cache starts empty.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BUILD_CACHE_DIR, INCREMENTAL_BUILD } from '../config';
import { BUILT_FROM } from '../integrations/incremental-pages';

export interface BuildCache {
  dir: string;
  /** A hash of the code this build runs. */
  codeIdentity: string;
}

let cache: Promise<BuildCache | undefined> | undefined;

export function getBuildCache(): Promise<BuildCache | undefined> {
  cache ??= (async () => {
    if (!import.meta.env.PROD || !INCREMENTAL_BUILD) return undefined;
    const codeIdentity = await fs
      .readFile(path.join(BUILD_CACHE_DIR, BUILT_FROM), 'utf8')
      .catch(() => '');
    return codeIdentity ? { dir: BUILD_CACHE_DIR, codeIdentity } : undefined;
  })();
  return cache;
}
