/**
 * npx tsx scripts/bench-related.ts [--articles 10000,100000] [--corpus DIR] [--runs 3]
 *
 * Times the related-stories step (src/lib/related.ts) on archives of N
 * articles made from the imported Wikinews corpus the way scripts/bench.ts
 * makes them: the corpus as it is, then copies k = 1, 2, … of every article
 * 3·k days later with the same people, places and organizations. Copies make
 * the commonest entities' lists grow with N, which is what the window bounds.
 *
 * Also times the unbounded ranking (every article of every shared entity) at
 * the smallest size, to show what the window saves.
 *
 * A benchmark, not a test: it asserts nothing, it measures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { ENTITY_KINDS, entityLinks, type EntityReference } from '../src/lib/entities/entities';
import { rankRelated, RELATED_WINDOW, type RelatedInput } from '../src/lib/related';
import { CORPUS } from './bench/corpus';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000,100000' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: '3' },
  },
});

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The imported corpus: --corpus, or the newest one scripts/bench.ts made, or a fresh import. */
function corpusDir(): string {
  if (options.corpus) return path.resolve(options.corpus);
  const benchDir = path.join(ROOT, '.cache/bench');
  const made = existsSync(benchDir)
    ? readdirSync(benchDir)
        .filter(
          (name) => name.startsWith('corpus-') && existsSync(path.join(benchDir, name, 'articles')),
        )
        .map((name) => path.join(benchDir, name))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (made[0]) return made[0];
  const dir = path.join(ROOT, '.cache/bench-related/corpus');
  if (!existsSync(path.join(dir, 'articles'))) {
    console.log(`importing ${path.relative(ROOT, CORPUS)} into ${path.relative(ROOT, dir)} …`);
    const result = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/import/cli.ts', '--out', dir, CORPUS],
      {
        cwd: ROOT,
        stdio: 'inherit',
      },
    );
    if (result.status !== 0) throw new Error(`The import failed (exit ${result.status}).`);
  }
  return dir;
}

/** Date and entity keys of each imported article, read from its frontmatter. */
function readCorpus(dir: string): RelatedInput[] {
  return markdownFiles(path.join(dir, 'articles')).map((file) => {
    const text = readFileSync(file, 'utf8');
    const frontmatter = parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<
      string,
      unknown
    >;
    const entities = ENTITY_KINDS.flatMap((kind) =>
      entityLinks((frontmatter[kind] as EntityReference[] | undefined) ?? []).map(
        (link) => `${kind}/${link.id}`,
      ),
    );
    return { date: String(frontmatter['date']), entities };
  });
}

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** N articles from the corpus: copy k of each article lands 3·k days later (as scripts/bench/synthetic-archive.ts does). */
function syntheticArchive(corpus: readonly RelatedInput[], count: number): RelatedInput[] {
  return Array.from({ length: count }, (_, index) => {
    const copy = Math.floor(index / corpus.length);
    const source = corpus[index % corpus.length]!;
    return {
      date: copy === 0 ? source.date : shiftDate(source.date, copy * 3),
      entities: source.entities,
    };
  });
}

function describeArchive(items: readonly RelatedInput[]) {
  const frequency = new Map<string, number>();
  let mentions = 0;
  for (const item of items) {
    mentions += item.entities.length;
    for (const key of item.entities) frequency.set(key, (frequency.get(key) ?? 0) + 1);
  }
  const [commonest, commonestCount] = [...frequency].reduce(
    (best, entry) => (entry[1] > best[1] ? entry : best),
    ['', 0],
  );
  return { mentions, entities: frequency.size, commonest, commonestCount };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(
  items: readonly RelatedInput[],
  window: number,
  runs: number,
): { ms: number; withRelated: number } {
  const times: number[] = [];
  let withRelated = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const ranked = rankRelated(items, { window });
    times.push(performance.now() - started);
    withRelated = ranked.filter((list) => list.length > 0).length;
  }
  return { ms: median(times), withRelated };
}

const dir = corpusDir();
const corpus = readCorpus(dir);
const sizes = options.articles
  .split(',')
  .map(Number)
  .filter((size) => size > 0);
const runs = Math.max(1, Number(options.runs));
console.log(`corpus: ${corpus.length} imported articles in ${path.relative(ROOT, dir)}`);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; median of ${runs} runs\n`,
);

for (const [at, size] of sizes.entries()) {
  const items = syntheticArchive(corpus, size);
  const shape = describeArchive(items);
  const bounded = time(items, RELATED_WINDOW, runs);
  console.log(
    `${size.toLocaleString('en')} articles (${shape.mentions.toLocaleString('en')} mentions of ${shape.entities.toLocaleString('en')} entities; ` +
      `commonest ${shape.commonest} in ${shape.commonestCount.toLocaleString('en')}):`,
  );
  console.log(
    `  related, window ${RELATED_WINDOW}: ${bounded.ms.toFixed(0)} ms (${((bounded.ms * 1000) / size).toFixed(1)} µs per article); ${bounded.withRelated.toLocaleString('en')} articles have related stories`,
  );
  if (at === 0) {
    const unbounded = time(items, Number.POSITIVE_INFINITY, 1);
    console.log(
      `  related, unbounded: ${unbounded.ms.toFixed(0)} ms (every article of every shared entity)`,
    );
  }
}
