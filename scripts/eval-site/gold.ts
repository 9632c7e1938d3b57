/**
 * The annotated set of tests/fixtures/entity-eval/: which inputs to import and what each
 * article should be tagged with. One subset per gold file: `gold.json` (the first 43 articles,
 * on which the entity rules were tuned), `gold-more.json`, `gold-places.json`,
 * `gold-held-out-2.json`, `gold-held-out-3.json` and `gold-held-out-4.json` (all three written
 * blind to the rules; see the set's README for which are held out).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityKind } from '../../src/lib/entities/entities';

export interface GoldArticle {
  sourceId: string;
  /** Which gold file it comes from: `gold`, `gold-more`, `gold-places`, `gold-held-out-2`, `gold-held-out-3` or `gold-held-out-4`. */
  set: string;
  people: string[];
  places: string[];
  /** Absent where the article's organizations were not annotated: then they are not scored. */
  organizations?: string[] | undefined;
  optional: string[];
  note?: string | undefined;
}

export const GOLD_FILES = [
  'gold.json',
  'gold-more.json',
  'gold-places.json',
  'gold-held-out-2.json',
  'gold-held-out-3.json',
  'gold-held-out-4.json',
] as const;

/** Every input the importer reads for the evaluation, relative to the set's folder. */
export const EVAL_INPUTS = [
  '000_a146d90ff7dfbf99.txt',
  'articles.jsonl',
  'raw',
  'articles-more.jsonl',
] as const;

function stringList(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new Error(`${where}: expected a list of names`);
  }
  return value as string[];
}

export function loadGold(folder: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  const seen = new Set<string>();
  for (const file of GOLD_FILES) {
    const full = path.join(folder, file);
    if (!existsSync(full)) continue;
    const entries = JSON.parse(readFileSync(full, 'utf8')) as Record<string, unknown>[];
    for (const [index, entry] of entries.entries()) {
      const where = `${full}: entry ${index + 1}`;
      const sourceId = entry['sourceId'];
      if (typeof sourceId !== 'string' || !sourceId) throw new Error(`${where}: no sourceId`);
      if (seen.has(sourceId)) throw new Error(`${where}: ${sourceId} is annotated twice`);
      seen.add(sourceId);
      articles.push({
        sourceId,
        set: file.replace(/\.json$/, ''),
        people: stringList(entry['people'], `${where} (${sourceId}) people`),
        places: stringList(entry['places'], `${where} (${sourceId}) places`),
        organizations:
          entry['organizations'] === undefined
            ? undefined
            : stringList(entry['organizations'], `${where} (${sourceId}) organizations`),
        optional:
          entry['optional'] === undefined
            ? []
            : stringList(entry['optional'], `${where} (${sourceId}) optional`),
        note: typeof entry['note'] === 'string' ? entry['note'] : undefined,
      });
    }
  }
  return articles;
}

export function goldOf(article: GoldArticle, kind: EntityKind): string[] | undefined {
  return kind === 'organizations' ? article.organizations : article[kind];
}
