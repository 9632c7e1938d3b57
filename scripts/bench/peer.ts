/**
 * The peer the build is measured against (`npm run bench -- --peer`), on the
 * same archive in the same run: a Hugo site (./hugo-peer/, see its README)
 * that renders every article, the home list, and a paginated page and an RSS
 * feed per person, place and organization; then the Pagefind CLI indexes the
 * article pages. Each step is measured as the project's build is
 * (./measured-run.ts); copying the archive into the Hugo site is not timed.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sizeOf } from './folder-size';
import { runMeasured, type RunMeasurement } from './measured-run';

const PEER_SITE = path.join(import.meta.dirname, 'hugo-peer');
/** The Pagefind CLI of the project's own `pagefind` package: the same version, no download. */
const PAGEFIND_CLI = path.resolve(
  import.meta.dirname,
  '../../node_modules/pagefind/lib/runner/bin.cjs',
);

export interface PeerMeasurement {
  hugoVersion: string;
  hugo: RunMeasurement;
  pagefind: RunMeasurement & { indexedPages: number | undefined };
  /** Both steps, one after the other. */
  wallS: number;
  cpuS: number;
  /** The larger step's peak: the two never run at once. */
  peakMemoryMB: number;
  htmlPages: number;
  files: number;
}

/** Debian's Hugo version (`0.111.3`), or why the peer cannot run. */
export function findHugo(): { version: string } | { problem: string } {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' });
  const version = /\bv(\d+\.\d+\.\d+)/.exec(result.stdout ?? '')?.[1];
  if (result.status === 0 && version) return { version };
  const why = result.error
    ? `"hugo" is not on the PATH`
    : `"hugo version" failed: ${(result.stderr || result.stdout).trim().split('\n')[0]}`;
  return {
    problem: `--peer needs Hugo, and ${why}. Install it (Debian: apt-get install -y hugo) and run again.`,
  };
}

/**
 * A Hugo site of the peer's config and templates holding the archive's articles.
 * Hugo reads a front-matter `url:` as the page's own address, so that key is renamed.
 */
function preparePeerSite(archiveDir: string, siteDir: string): void {
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(path.join(PEER_SITE, 'config.toml'), path.join(siteDir, 'config.toml'));
  cpSync(path.join(PEER_SITE, 'layouts'), path.join(siteDir, 'layouts'), { recursive: true });
  const articles = path.join(archiveDir, 'articles');
  for (const entry of readdirSync(articles, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(siteDir, 'content/articles', path.relative(articles, source));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(source, 'utf8').replace(/^url: /gm, 'sourceUrl: '));
  }
}

function failIfUnsuccessful(step: string, run: RunMeasurement & { log: string }): void {
  if (run.exitCode !== 0)
    throw new Error(`The peer's ${step} failed (exit ${run.exitCode}):\n${run.log.slice(-3000)}`);
}

/**
 * Builds the peer site for the archive in `archiveDir` inside `workDir` and
 * measures it. `beforeTimedSteps` runs once the site is prepared (e.g. to let
 * the disk settle, as before the project's build).
 */
export async function measurePeer(
  archiveDir: string,
  workDir: string,
  hugoVersion: string,
  beforeTimedSteps = () => {},
): Promise<PeerMeasurement> {
  preparePeerSite(archiveDir, workDir);
  beforeTimedSteps();
  const { log: hugoLog, ...hugo } = await runMeasured('hugo', ['--quiet'], {
    cwd: workDir,
    env: process.env,
  });
  failIfUnsuccessful('Hugo build', { ...hugo, log: hugoLog });
  const pagefindRun = await runMeasured(process.execPath, [PAGEFIND_CLI, '--site', 'public'], {
    cwd: workDir,
    env: process.env,
  });
  failIfUnsuccessful('Pagefind CLI', pagefindRun);
  const { log: pagefindLog, ...pagefind } = pagefindRun;
  // The CLI's summary, e.g. "Indexed 1000 pages": proof that it read the articles.
  const indexed = /Indexed (\d+) pages?/.exec(pagefindLog)?.[1];
  const output = sizeOf(path.join(workDir, 'public'));
  return {
    hugoVersion,
    hugo,
    pagefind: { ...pagefind, indexedPages: indexed === undefined ? undefined : Number(indexed) },
    wallS: hugo.wallS + pagefind.wallS,
    cpuS: hugo.cpuS + pagefind.cpuS,
    peakMemoryMB: Math.max(hugo.peakMemoryMB, pagefind.peakMemoryMB),
    htmlPages: output.htmlFiles,
    files: output.files,
  };
}
