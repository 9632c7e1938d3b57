/**
 * `npm run bench -- --peer` builds the same archive with the peer (Hugo and the
 * Pagefind CLI) and reports both and their ratio: a smoke test at 50 articles,
 * not a timing (the figures are in docs/performance.md).
 *
 * Without Hugo the peer run is skipped, loudly; under CI (CI=true) a missing
 * Hugo fails it, as a missing Chromium fails the browser tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHugo } from '../../scripts/bench/peer';
import { ROOT } from '../helpers/builds';

const hugo = findHugo();
const hugoProblem = 'problem' in hugo ? hugo.problem : undefined;
if (hugoProblem) {
  if (process.env.CI) throw new Error(hugoProblem);
  console.warn(`\n!!! SKIPPING THE PEER BENCHMARK TEST — ${hugoProblem}\n`);
}

function bench(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/bench.ts', ...args],
    {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
}

describe('the peer in the benchmark', () => {
  it('refuses --peer at once, saying how to install Hugo, when there is no hugo on the PATH', () => {
    // Only Node's own folder on the PATH: no hugo there.
    const result = bench(['--articles', '50', '--peer'], {
      ...process.env,
      PATH: path.dirname(process.execPath),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--peer needs Hugo');
    expect(result.stderr).toContain('apt-get install -y hugo');
    // Nothing was imported or built first.
    expect(result.stdout).not.toContain('cold build');
  });

  it.skipIf(hugoProblem !== undefined)(
    'builds 50 articles with the project and with the peer, and reports their ratio',
    { timeout: 900_000 },
    () => {
      const work = mkdtempSync(path.join(tmpdir(), 'bench-peer-'));
      const reportFile = path.join(work, 'report.json');
      try {
        const result = bench([
          '--articles',
          '50',
          '--peer',
          '--no-warm',
          '--no-search-check',
          '--out',
          reportFile,
        ]);
        expect(result.status, result.stderr.slice(-3000)).toBe(0);
        const report = JSON.parse(readFileSync(reportFile, 'utf8'));
        expect(report.cold.exitCode).toBe(0);
        expect(report.cold.cpuS).toBeGreaterThan(0);

        const { peer, versusPeer } = report;
        expect(peer.hugoVersion).toMatch(/^\d+\.\d+\.\d+$/);
        expect(peer.hugo.exitCode).toBe(0);
        expect(peer.pagefind.exitCode).toBe(0);
        // The peer's Pagefind read exactly the 50 article pages (the only ones with a body to index).
        expect(peer.pagefind.indexedPages).toBe(50);
        // Every article page, the home list and a page per person, place and organization.
        expect(peer.htmlPages).toBeGreaterThan(50);
        for (const figure of [peer.wallS, peer.cpuS, peer.peakMemoryMB])
          expect(figure).toBeGreaterThan(0);
        expect(peer.wallS).toBeCloseTo(peer.hugo.wallS + peer.pagefind.wallS, 6);

        expect(versusPeer.wall).toBeCloseTo(report.cold.wallS / peer.wallS, 6);
        expect(versusPeer.cpu).toBeCloseTo(report.cold.cpuS / peer.cpuS, 6);
        expect(versusPeer.peakMemory).toBeCloseTo(report.cold.peakMemoryMB / peer.peakMemoryMB, 6);
        expect(result.stdout).toMatch(/project ÷ peer, wall\s+[\d.]+ ×/);
        expect(result.stdout).toMatch(/project ÷ peer, CPU time\s+[\d.]+ ×/);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );
});
