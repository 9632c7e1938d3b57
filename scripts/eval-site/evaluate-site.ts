/**
 * Scores one site run against the gold, at two levels: what the importer wrote and what
 * each built page shows. Totals per gold file (the tuned 43 and the held-out ones) and overall.
 */
import { ENTITY_KINDS, type EntityKind } from '../../src/lib/entities/entities';
import { goldOf, type GoldArticle } from './gold';
import { addTo, emptyTotals, scoreKind, type KindResult, type Totals } from './score';
import type { ArticleOutput } from './site-run';

export const LEVELS = ['site', 'imported'] as const;
export type Level = (typeof LEVELS)[number];

export interface ArticleScore {
  sourceId: string;
  set: string;
  pagePath: string;
  results: Record<Level, Partial<Record<EntityKind, KindResult>>>;
}

export type TotalsByKind = Record<EntityKind, Totals>;

export interface SiteEvaluation {
  articles: ArticleScore[];
  /** Totals by subset (`all`, `gold`, `gold-more`), level and kind. */
  totals: Record<string, Record<Level, TotalsByKind>>;
}

const emptyByKind = (): TotalsByKind => ({
  people: emptyTotals(),
  places: emptyTotals(),
  organizations: emptyTotals(),
});

export function evaluateSiteRun(
  gold: readonly GoldArticle[],
  outputs: ReadonlyMap<string, ArticleOutput>,
): SiteEvaluation {
  const articles: ArticleScore[] = [];
  const totals: SiteEvaluation['totals'] = {};
  const totalsOf = (subset: string) =>
    (totals[subset] ??= { site: emptyByKind(), imported: emptyByKind() });
  for (const expected of gold) {
    const output = outputs.get(expected.sourceId);
    if (!output)
      throw new Error(
        `gold article ${expected.sourceId} (${expected.set}.json) was not imported: no article has that sourceId`,
      );
    const score: ArticleScore = {
      sourceId: expected.sourceId,
      set: expected.set,
      pagePath: output.pagePath,
      results: { site: {}, imported: {} },
    };
    for (const level of LEVELS) {
      const shown = level === 'site' ? output.site : output.imported;
      for (const kind of ENTITY_KINDS) {
        const goldNames = goldOf(expected, kind);
        if (!goldNames) continue; // not annotated for this kind
        const result = scoreKind(kind, shown[kind], goldNames, expected.optional);
        score.results[level][kind] = result;
        addTo(totalsOf('all')[level][kind], result);
        addTo(totalsOf(expected.set)[level][kind], result);
      }
    }
    articles.push(score);
  }
  return { articles, totals };
}

/** How many things are wrong in an article at a level (missed + wrong; a partial counts half). */
export function errorWeight(score: ArticleScore, level: Level): number {
  let weight = 0;
  for (const result of Object.values(score.results[level])) {
    weight += result.missed.length + result.wrong.length + result.partial.length / 2;
  }
  return weight;
}
