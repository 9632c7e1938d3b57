/**
 * Builds every test site once before the build and browser tests run.
 * Builds run one after another: they share the project's `.astro/` folder.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ensureBuilt, ROOT, SITE_BUILDS, type SiteName } from './builds';

const LOCK = path.join(ROOT, '.cache/builds.lock');

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A lock file holding the owner's pid: the build and e2e projects may start
 * their set-up at the same time. A lock left by a killed run is taken over.
 */
async function withLock<T>(work: () => T): Promise<T> {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const owner = Number(readFileSync(LOCK, 'utf8'));
      if (!isRunning(owner)) rmSync(LOCK, { force: true });
      else if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${LOCK} (held by pid ${owner}).`);
      else await sleep(500);
    }
  }
  try {
    return work();
  } finally {
    rmSync(LOCK, { force: true });
  }
}

export default async function setup(): Promise<void> {
  await withLock(() => {
    for (const name of Object.keys(SITE_BUILDS) as SiteName[]) ensureBuilt(name);
  });
}
