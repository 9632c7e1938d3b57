/**
 * npm run bench -- --articles N [--add M] [--peer] [--out report.json] [--no-search-check] [--no-warm] [--keep]
 *
 * Makes an archive of N articles from the real corpus, runs the full build
 * (pages and search index) twice — cold, then again as a second
 * `npm run build` would (caches kept, the first build's output written over) —
 * then, with `--add M` (default 10; 0 for none), adds M articles and builds a third time —
 * and reports wall time per stage, pages per second, CPU time and peak memory
 * of the whole process tree, what `dist/` holds, and what a first search
 * transfers. With `--peer`, builds the same archive with the peer (Hugo and
 * the Pagefind CLI, ./bench/peer.ts) right after the cold build, measured the
 * same way, and reports the project's figures as multiples of the peer's.
 *
 * A benchmark, not a test: it asserts nothing, it measures.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { CORPUS } from './bench/corpus';
import { sizeOf } from './bench/folder-size';
import { runMeasured, type RunMeasurement } from './bench/measured-run';
import { findHugo, measurePeer, type PeerMeasurement } from './bench/peer';
import { addSyntheticArticles, makeSyntheticArchive } from './bench/synthetic-archive';

const ROOT = path.resolve(import.meta.dirname, '..');
// Inside the project: Astro keeps a build's prerender chunks apart only there.
const WORK = path.join(ROOT, '.cache/bench');

interface StageTimes {
  contentSyncS: number | undefined;
  pageRenderingS: number | undefined;
  searchIndexingS: number | undefined;
}

/** In `peakMemoryByProcessMB`, Astro is `node` (or its main thread's name) and Pagefind's indexer `pagefind_extended`. */
interface BuildMeasurement extends StageTimes, RunMeasurement {
  pages: number | undefined;
  /** Pages and feeds rendered, and those the incremental build kept from the last build. */
  filesRendered: number;
  filesKept: number;
  pagesPerSecond: number | undefined;
}

/** Imports the whole corpus once; later runs reuse it while the importer and corpus are unchanged. */
function importedCorpus(): { dir: string; importS: number | undefined } {
  const hash = createHash('sha256');
  for (const entry of readdirSync(path.join(ROOT, 'src/import'), {
    recursive: true,
    withFileTypes: true,
  })) {
    if (entry.isFile()) hash.update(readFileSync(path.join(entry.parentPath, entry.name)));
  }
  hash.update(String(statSync(CORPUS).size));
  const dir = path.join(WORK, `corpus-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(path.join(dir, 'articles'))) return { dir, importS: undefined };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  console.log(
    `importing the corpus (${path.relative(ROOT, CORPUS)}) into ${path.relative(ROOT, dir)} …`,
  );
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/import/cli.ts', '--out', dir, CORPUS],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const importS = (performance.now() - started) / 1000;
  console.log(result.stdout.trim().split('\n').at(-1));
  if (!existsSync(path.join(dir, 'articles')))
    throw new Error(`The import wrote no articles (exit ${result.status}).`);
  return { dir, importS };
}

/** Runs `astro build`, timing stages from the moments its log lines arrive. */
async function measureBuild(
  archiveDir: string,
  outDir: string,
  cacheDir: string,
  logFile: string,
): Promise<BuildMeasurement> {
  const marks: Record<string, number> = {};
  let pages: number | undefined;
  let filesRendered = 0;
  let filesKept = 0;
  let searchMs: number | undefined;
  const onLine = (rawLine: string) => {
    const now = performance.now();
    // Under CI=true Astro colours its log: match the text, not the escape codes.
    const line = stripVTControlCharacters(rawLine);
    if (line.includes('[content] Syncing content')) marks.syncStart ??= now;
    if (line.includes('[content] Synced content')) marks.syncEnd ??= now;
    if (line.includes('generating static routes')) marks.renderStart ??= now;
    if (
      marks.renderStart &&
      !marks.renderEnd &&
      /✓ Completed in/.test(line) &&
      now > marks.renderStart
    )
      marks.renderEnd = now;
    // Astro's log lines of pages can interleave: count the marks, not the lines.
    filesRendered += line.match(/\(\+[\d.]+m?s\)/g)?.length ?? 0;
    filesKept += line.match(/\((cached|restored)\)/g)?.length ?? 0;
    const built = /(\d+) page\(s\) built in/.exec(line);
    if (built) pages = Number(built[1]);
    // The whole search stage: fingerprint, then Pagefind and caching, or reuse of the cached index.
    const indexed = /Search index: ready in (\d+) ms/.exec(line);
    if (indexed) searchMs = Number(indexed[1]);
  };
  // As `npm run build` runs it: with the build's environment file (scripts/build.env).
  const { log, ...run } = await runMeasured(
    process.execPath,
    [
      `--env-file=${path.join(ROOT, 'scripts/build.env')}`,
      path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ARCHIVE_DIR: archiveDir,
        OUT_DIR: outDir,
        ASTRO_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      onLine,
    },
  );
  if (run.exitCode !== 0) console.error(log.slice(-4000));
  // Kept for reading where the time went (the log's lines carry times).
  writeFileSync(logFile, log);
  const seconds = (from?: number, to?: number) => (from && to ? (to - from) / 1000 : undefined);
  const pageRenderingS = seconds(marks.renderStart, marks.renderEnd);
  return {
    ...run,
    pages,
    filesRendered,
    filesKept,
    contentSyncS: seconds(marks.syncStart, marks.syncEnd),
    pageRenderingS,
    searchIndexingS: searchMs === undefined ? undefined : searchMs / 1000,
    pagesPerSecond: pages && pageRenderingS ? pages / pageRenderingS : undefined,
  };
}

/**
 * First searches a reader might make: a broad word with a place (best match first, then
 * newest first, as issue 19's target has it), and a name with that person.
 */
const SEARCHES: { query: string; facet: string; filterId: string; sort?: 'newest' }[] = [
  { query: 'president', facet: 'place', filterId: 'united-states' },
  { query: 'president', facet: 'place', filterId: 'united-states', sort: 'newest' },
  { query: 'Obama', facet: 'person', filterId: 'barack-obama' },
];

async function firstSearchTransfers(distDir: string): Promise<unknown[]> {
  const module = path.join(ROOT, 'scripts/bench/search.ts');
  const { measureFirstSearch } = (await import(module)) as {
    measureFirstSearch: (
      dist: string,
      base: string,
      options: (typeof SEARCHES)[number],
    ) => Promise<unknown>;
  };
  const reports: unknown[] = [];
  for (const search of SEARCHES) reports.push(await measureFirstSearch(distDir, '/', search));
  return reports;
}

function row(label: string, value: string | number | undefined, unit = ''): string {
  const shown =
    value === undefined
      ? '—'
      : typeof value === 'number'
        ? value.toLocaleString('en', { maximumFractionDigits: 1 })
        : value;
  return `${label.padEnd(34)} ${String(shown).padStart(12)} ${unit}`;
}

/**
 * Writes out what earlier steps left in the page cache (deleting a 50,000-file dist/ on a
 * filesystem mounted with `discard` queues minutes of work), so that a build is not timed
 * while the disk is still busy with the previous one's files.
 */
function settleDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      add: { type: 'string', default: '10' },
      out: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-search-check': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      peer: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.articles);
  if (!Number.isInteger(count) || count < 1) throw new Error('--articles takes a whole number ≥ 1');
  const added = Number(values.add);
  if (!Number.isInteger(added) || added < 0) throw new Error('--add takes a whole number ≥ 0');
  // Before anything is built: a run that cannot measure the peer says so at once.
  const hugo = values.peer ? findHugo() : undefined;
  if (hugo && 'problem' in hugo) {
    console.error(hugo.problem);
    process.exitCode = 1;
    return;
  }

  const { dir: corpusDir, importS } = importedCorpus();
  const archiveDir = path.join(WORK, `archive-${count}`);
  const outDir = path.join(WORK, `dist-${count}`);
  const cacheDir = path.join(WORK, `astro-cache-${count}`);
  console.log(`making an archive of ${count.toLocaleString('en')} articles …`);
  makeSyntheticArchive(corpusDir, archiveDir, count);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  settleDisk();

  console.log('cold build …');
  const logFile = (build: string) => path.join(WORK, `build-${count}-${build}.log`);
  const cold = await measureBuild(archiveDir, outDir, cacheDir, logFile('cold'));
  const dist = sizeOf(outDir);
  const pagefind = sizeOf(path.join(outDir, 'pagefind'));
  let peer: PeerMeasurement | undefined;
  if (hugo && cold.exitCode === 0) {
    console.log('the peer: Hugo, then the Pagefind CLI, on the same archive …');
    peer = await measurePeer(
      archiveDir,
      path.join(WORK, `peer-${count}`),
      hugo.version,
      settleDisk,
    );
    if (!values.keep) rmSync(path.join(WORK, `peer-${count}`), { recursive: true, force: true });
  }
  const versusPeer = peer && {
    wall: cold.wallS / peer.wallS,
    cpu: cold.cpuS / peer.cpuS,
    peakMemory: cold.peakMemoryMB / peer.peakMemoryMB,
    wallPerHtmlPage: cold.wallS / dist.htmlFiles / (peer.wallS / peer.htmlPages),
  };
  const search =
    cold.exitCode === 0 && !values['no-search-check']
      ? await firstSearchTransfers(outDir)
      : undefined;
  // The second build is what a second `npm run build` is: the content and search caches
  // kept, and the first build's output there to be written over.
  let warm: BuildMeasurement | undefined;
  if (cold.exitCode === 0 && !values['no-warm']) {
    console.log('second build (caches kept, output written over) …');
    settleDisk();
    warm = await measureBuild(archiveDir, outDir, cacheDir, logFile('second'));
  }
  // A day's update: the next articles of the same sequence, built over the last output.
  let afterAdding: BuildMeasurement | undefined;
  if (warm?.exitCode === 0 && added > 0) {
    console.log(`build after adding ${added} articles …`);
    addSyntheticArticles(corpusDir, archiveDir, count, added);
    settleDisk();
    afterAdding = await measureBuild(archiveDir, outDir, cacheDir, logFile('added'));
  }

  const report = {
    articles: count,
    machine: {
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    corpusImportS: importS,
    cold,
    warm,
    added: afterAdding && { articles: added, ...afterAdding },
    dist: { files: dist.files, htmlFiles: dist.htmlFiles, bytes: dist.bytes },
    pagefind: { files: pagefind.files, bytes: pagefind.bytes },
    firstSearch: search,
    peer,
    /** The cold build's figures divided by the peer's. */
    versusPeer,
  };

  console.log(
    `\nBenchmark: ${count.toLocaleString('en')} articles on ${report.machine.cores} cores, Node ${process.version}`,
  );
  if (importS !== undefined) console.log(row('corpus import (5,747 articles)', importS, 's'));
  console.log(row('cold build, wall', cold.wallS, 's'));
  console.log(row('  content sync', cold.contentSyncS, 's'));
  console.log(row('  page rendering', cold.pageRenderingS, 's'));
  console.log(row('  search indexing', cold.searchIndexingS, 's'));
  console.log(row('  pages built', cold.pages));
  console.log(row('  pages per second (rendering)', cold.pagesPerSecond));
  console.log(row('  CPU time, process tree', cold.cpuS, 's'));
  console.log(row('  peak memory, process tree', cold.peakMemoryMB, 'MB'));
  for (const [name, mb] of Object.entries(cold.peakMemoryByProcessMB))
    console.log(row(`    ${name} alone`, mb, 'MB'));
  if (warm) console.log(row('second build, wall', warm.wallS, 's'));
  if (warm) console.log(row('  content sync', warm.contentSyncS, 's'));
  if (warm) console.log(row('  page rendering', warm.pageRenderingS, 's'));
  if (warm) console.log(row('  search indexing', warm.searchIndexingS, 's'));
  if (warm) console.log(row('  peak memory, process tree', warm.peakMemoryMB, 'MB'));
  if (warm) console.log(row('  pages and feeds rendered', warm.filesRendered));
  if (warm) console.log(row('  pages and feeds kept', warm.filesKept));
  if (afterAdding) {
    console.log(row(`build after adding ${added}, wall`, afterAdding.wallS, 's'));
    console.log(row('  ÷ cold build', afterAdding.wallS / cold.wallS, '×'));
    console.log(row('  content sync', afterAdding.contentSyncS, 's'));
    console.log(row('  page rendering', afterAdding.pageRenderingS, 's'));
    console.log(row('  search indexing', afterAdding.searchIndexingS, 's'));
    console.log(row('  pages and feeds rendered', afterAdding.filesRendered));
    console.log(row('  pages and feeds kept', afterAdding.filesKept));
    console.log(row('  peak memory, process tree', afterAdding.peakMemoryMB, 'MB'));
  }
  if (peer && versusPeer) {
    console.log(row(`peer (Hugo ${peer.hugoVersion}), wall`, peer.wallS, 's'));
    console.log(row('  Hugo', peer.hugo.wallS, 's'));
    console.log(row('  Pagefind CLI', peer.pagefind.wallS, 's'));
    console.log(row('  pages indexed by Pagefind', peer.pagefind.indexedPages));
    console.log(row('  CPU time, process tree', peer.cpuS, 's'));
    console.log(row('  peak memory (larger step)', peer.peakMemoryMB, 'MB'));
    console.log(row('  HTML pages', peer.htmlPages));
    console.log(row('  files', peer.files));
    console.log(row('project ÷ peer, wall', versusPeer.wall, '×'));
    console.log(row('project ÷ peer, CPU time', versusPeer.cpu, '×'));
    console.log(row('project ÷ peer, peak memory', versusPeer.peakMemory, '×'));
    console.log(row('project ÷ peer, wall per HTML page', versusPeer.wallPerHtmlPage, '×'));
  }
  console.log(row('dist/ files', dist.files));
  console.log(row('dist/ HTML pages', dist.htmlFiles));
  console.log(row('dist/ size', dist.bytes / 1024 / 1024, 'MB'));
  console.log(row('search index files', pagefind.files));
  console.log(row('search index size', pagefind.bytes / 1024 / 1024, 'MB'));
  for (const report of search ?? []) console.log(`first search: ${JSON.stringify(report)}`);

  if (values.out) writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  if (!values.keep) rmSync(archiveDir, { recursive: true, force: true });
  if (cold.exitCode !== 0) process.exitCode = 1;
}

await main();
