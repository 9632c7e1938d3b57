/**
 * Related stories for every article, ranked once per build from the entity
 * index (so registry aliases and build-time tagging count too). Article pages
 * look their list up here; none of them searches the archive.
 */
import { getArticlesNewestFirst, type Article } from './articles';
import { ENTITY_KINDS, getEntityIndex } from './entities';
import { rankRelated } from '../lib/related';

let related: Promise<Map<string, Article[]>> | undefined;

async function computeRelated(): Promise<Map<string, Article[]>> {
  const [articles, index] = await Promise.all([getArticlesNewestFirst(), getEntityIndex()]);
  const inputs = articles.map((article) => {
    const entities = index.entitiesOf(article);
    return {
      date: article.data.date,
      entities: ENTITY_KINDS.flatMap((kind) => entities[kind].map((link) => `${kind}/${link.id}`)),
    };
  });
  const ranked = rankRelated(inputs);
  return new Map(
    articles.map((article, at) => [article.id, ranked[at]!.map((other) => articles[other]!)]),
  );
}

/** Up to five related articles of each article, by article id, best first. */
export function getRelatedArticles(): Promise<Map<string, Article[]>> {
  related ??= computeRelated();
  return related;
}
