/**
 * How many Pagefind filters each search facet is split across in this build
 * (see `lib/search/shards.ts`), counted once from the archive's distinct
 * values. Article pages declare their filters by it and the search page reads
 * it, so the two always agree.
 */
import { getArticlesNewestFirst } from './articles';
import { getEntityIndex } from './entities';
import { shardCount, type FacetShards } from '../lib/search/shards';
import { slugify } from '../lib/slug';

let shards: Promise<FacetShards> | undefined;

async function countShards(): Promise<FacetShards> {
  const [articles, entities] = await Promise.all([getArticlesNewestFirst(), getEntityIndex()]);
  const years = new Set<string>();
  const sources = new Set<string>();
  const topics = new Set<string>();
  for (const { data } of articles) {
    years.add(data.date.slice(0, 4));
    if (data.source) sources.add(slugify(data.source));
    for (const topic of data.topics) topics.add(slugify(topic));
  }
  return {
    person: shardCount(entities.all('people').length),
    place: shardCount(entities.all('places').length),
    organization: shardCount(entities.all('organizations').length),
    topic: shardCount(topics.size),
    year: shardCount(years.size),
    source: shardCount(sources.size),
  };
}

export function getFacetShards(): Promise<FacetShards> {
  shards ??= countShards();
  return shards;
}
