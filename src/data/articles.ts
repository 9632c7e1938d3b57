/**
 * The archive's articles, loaded and ordered once per build.
 *
 * Every route reads articles through here: the collection is sorted and
 * checked a single time, however many routes ask, instead of once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniquePaths, sortNewestFirst } from '../lib/articles';

export type Article = CollectionEntry<'articles'>;

let newestFirst: Promise<Article[]> | undefined;

/** All articles, newest first. */
export function getArticlesNewestFirst(): Promise<Article[]> {
  newestFirst ??= getCollection('articles').then((articles) => {
    const sorted = sortNewestFirst(articles);
    assertUniquePaths(sorted);
    return sorted;
  });
  return newestFirst;
}
