/**
 * The evaluation at both levels on one archive: import every annotated article (starting from
 * the set's hand-made registry) into a scratch archive, build it with Astro, then read for each
 * article what the importer wrote (its frontmatter) and what its page shows ("In this story").
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { articlePath } from '../../src/lib/articles';
import { ENTITY_KINDS, type EntityKind } from '../../src/lib/entities/entities';
import { slugify } from '../../src/lib/slug';
import { ROOT, runAstroBuild } from '../../tests/helpers/builds';
import { readEntityBox, noEntities, type ShownEntities } from './entity-box';
import { EVAL_INPUTS } from './gold';
import type { ShownEntity } from './score';

export interface ArticleOutput {
  sourceId: string;
  /** Site path of the article's page, e.g. `/2024/05/17/alan-kestenbaum-reid-hamilton/`. */
  pagePath: string;
  /** What the importer wrote into the frontmatter, with the ids the registry gives the names. */
  imported: ShownEntities;
  /** What the built page's "In this story" box shows. */
  site: ShownEntities;
}

export interface SiteRun {
  articles: Map<string, ArticleOutput>;
  importSeconds: number;
  buildSeconds: number;
}

type Frontmatter = Record<string, unknown>;

function readFrontmatter(file: string): Frontmatter {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return parseYaml(match[1] ?? '') as Frontmatter;
}

/** Name or alias → id, per kind, as in the archive's registry files (the first entry wins). */
function registryIds(archiveDir: string): Record<EntityKind, Map<string, string>> {
  const ids = {
    people: new Map<string, string>(),
    places: new Map<string, string>(),
    organizations: new Map<string, string>(),
  };
  for (const kind of ENTITY_KINDS) {
    const file = path.join(archiveDir, `${kind}.yaml`);
    if (!existsSync(file)) continue;
    const entries = (parseYaml(readFileSync(file, 'utf8')) ?? []) as {
      id: string;
      name: string;
      aliases?: string[];
    }[];
    for (const entry of entries) {
      if (!ids[kind].has(entry.name)) ids[kind].set(entry.name, entry.id);
    }
    for (const entry of entries) {
      for (const alias of entry.aliases ?? [])
        if (!ids[kind].has(alias)) ids[kind].set(alias, entry.id);
    }
  }
  return ids;
}

function frontmatterEntities(
  frontmatter: Frontmatter,
  ids: Record<EntityKind, Map<string, string>>,
): ShownEntities {
  const shown = noEntities();
  for (const kind of ENTITY_KINDS) {
    for (const reference of (frontmatter[kind] ?? []) as (string | ShownEntity)[]) {
      shown[kind].push(
        typeof reference === 'string'
          ? { name: reference, id: ids[kind].get(reference) ?? slugify(reference) }
          : reference,
      );
    }
  }
  return shown;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Imports the set in `fixtureDir` into `<workDir>/archive` and builds it into `<workDir>/dist`;
 * `workDir` must be inside the project (Astro stages its chunks there). Throws, naming the
 * record, if any article fails to import, and with the build's output if the build fails.
 */
export function runSiteEvaluation(fixtureDir: string, workDir: string): SiteRun {
  const archiveDir = path.join(workDir, 'archive');
  const distDir = path.join(workDir, 'dist');
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(archiveDir, { recursive: true });
  cpSync(path.join(fixtureDir, 'registry'), archiveDir, { recursive: true });

  let started = performance.now();
  // The importer as a user runs it (its CLI, in its own process: it loads the site's schema
  // through a Node module hook that Vitest's module loader would bypass).
  const imported = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'src/import/cli.ts'),
      '--out',
      archiveDir,
      ...EVAL_INPUTS.map((input) => path.join(fixtureDir, input)),
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (imported.status !== 0)
    throw new Error(`importing the evaluation set failed:\n${imported.stdout}\n${imported.stderr}`);
  const importSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const build = runAstroBuild({
    archiveDir,
    basePath: '/',
    siteUrl: 'https://eval.example',
    outDir: distDir,
    cacheDir: path.join(workDir, 'astro-cache'),
  });
  if (build.status !== 0)
    throw new Error(`building the evaluation archive failed:\n${build.output}`);
  const buildSeconds = (performance.now() - started) / 1000;

  const ids = registryIds(archiveDir);
  const articles = new Map<string, ArticleOutput>();
  const articlesDir = path.join(archiveDir, 'articles');
  for (const file of markdownFiles(articlesDir)) {
    const frontmatter = readFrontmatter(file);
    const sourceId = frontmatter['sourceId'];
    if (typeof sourceId !== 'string') throw new Error(`${file}: no sourceId`);
    const id = path.relative(articlesDir, file).split(path.sep).join('/').replace(/\.md$/, '');
    const pagePath = articlePath({
      id,
      data: {
        date: String(frontmatter['date']),
        title: String(frontmatter['title']),
        slug: frontmatter['slug'] as string | undefined,
      },
    });
    const page = path.join(distDir, pagePath, 'index.html');
    if (!existsSync(page)) throw new Error(`${file} (${sourceId}): no built page at ${pagePath}`);
    articles.set(sourceId, {
      sourceId,
      pagePath,
      imported: frontmatterEntities(frontmatter, ids),
      site: readEntityBox(readFileSync(page, 'utf8')),
    });
  }
  return { articles, importSeconds, buildSeconds };
}
