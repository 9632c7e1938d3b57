/**
 * npm run bench:import [-- <corpus.jsonl or .jsonl.gz>]
 * Imports the whole Wikinews corpus (5,747 articles) into a temporary archive
 * and reports the wall time. Target: ≤ 30 s on the project's 2-core machines.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runImport } from '../src/import/run-import';
import { CORPUS } from './bench/corpus';

const corpus = process.argv[2] ? path.resolve(process.argv[2]) : CORPUS;
const archive = mkdtempSync(path.join(tmpdir(), 'bench-import-'));
try {
  // The hand-made registry only, so that the figure does not depend on earlier runs.
  cpSync(new URL('../tests/fixtures/entity-eval/registry/', import.meta.url), archive, {
    recursive: true,
  });
  const started = performance.now();
  const summary = await runImport({ inputs: [corpus], archiveDir: archive });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `imported ${summary.imported} articles (${summary.failed} failed) in ${seconds.toFixed(1)} s; ` +
      `people ${summary.peopleFound}, places ${summary.placesFound}, organizations ${summary.organizationsFound}`,
  );
} finally {
  rmSync(archive, { recursive: true, force: true });
}
