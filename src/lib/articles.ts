/**
 * Articles as the site sees them: where each lives, in what order they come,
 * and which come before and after. Pure functions over plain data, so the
 * route files stay small and every rule here is unit-tested.
 */
import { dateParts } from './dates';

/** The fields of an article entry these helpers need. */
export interface ArticleLike {
  id: string;
  data: { date: string; title: string; slug?: string | undefined };
}

/**
 * The URL slug of an article: its `slug` field, or its file name without the
 * leading day (`22-li-qiang-hunan.md` → `li-qiang-hunan`).
 */
export function articleSlug(article: ArticleLike): string {
  if (article.data.slug) return article.data.slug;
  const fileName = article.id.split('/').pop() ?? article.id;
  return fileName.replace(/^\d{1,2}-(?=.)/, '');
}

/** `/2023/03/22/li-qiang-hunan/`: the date comes from the article, not from its folder. */
export function articlePath(article: ArticleLike): string {
  const { year, month, day } = dateParts(article.data.date);
  return `/${year}/${month}/${day}/${articleSlug(article)}/`;
}

/** Newest first; the same day is ordered by id so that builds are reproducible. */
export function compareNewestFirst(a: ArticleLike, b: ArticleLike): number {
  if (a.data.date !== b.data.date) return a.data.date < b.data.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortNewestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort(compareNewestFirst);
}

/**
 * Fails with every clash at once when two articles would be written to the
 * same URL, instead of letting one silently replace the other.
 */
export function assertUniquePaths(articles: readonly ArticleLike[]): void {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const article of articles) {
    const path = articlePath(article);
    const earlier = seen.get(path);
    if (earlier) clashes.push(`${path}: ${earlier}.md and ${article.id}.md`);
    else seen.set(path, article.id);
  }
  if (clashes.length > 0) {
    throw new Error(
      `Two articles share a URL; give one of them another file name or a "slug" field:\n  ${clashes.join('\n  ')}`,
    );
  }
}

export interface Neighbours<T> {
  /** The next older article. */
  older: T | undefined;
  /** The next newer article. */
  newer: T | undefined;
}

/** Older and newer neighbours of each article in a newest-first list, in one pass. */
export function neighboursInTime<T>(newestFirst: readonly T[]): Neighbours<T>[] {
  return newestFirst.map((_, index) => ({
    newer: newestFirst[index - 1],
    older: newestFirst[index + 1],
  }));
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size)
    pages.push(items.slice(start, start + size));
  return pages;
}
