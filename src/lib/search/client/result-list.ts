/** The list of results: a page at a time, the next on "more". */
import type { ResultStream } from '../index-shards';
import type { PagefindResult } from './pagefind';
import { resultItem } from './render-results';
import { resultView } from './result-view';

/**
 * A first page short enough to come fast over a slow line (each result is a fragment to fetch)
 * and still fill a screen with headlines; a reader who reads on asks for longer pages.
 */
const FIRST_PAGE_SIZE = 5;
const MORE_PAGE_SIZE = 10;

export class ResultList {
  private ordered: ResultStream<PagefindResult> | undefined;
  /** Called after "more" added a page: it may have searched another shard, so counts may have grown. */
  private afterMore: (() => void) | undefined;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
    private readonly pageLang: string,
  ) {}

  clear(): void {
    this.ordered = undefined;
    this.afterMore = undefined;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  /**
   * Shows the first page of new results, built off-screen and then swapped in,
   * so the list never flashes empty. False, and the list left as it was, when
   * the search is no longer current once the page is ready.
   */
  async show(
    next: ResultStream<PagefindResult>,
    query: string,
    isCurrent: () => boolean,
    afterMore?: () => void,
  ): Promise<boolean> {
    const previous = this.ordered;
    this.ordered = next;
    const page = await next.take(FIRST_PAGE_SIZE);
    // A search overtaken by a newer one (a word still being typed) fetches no fragments.
    if (!isCurrent()) {
      this.ordered = previous;
      return false;
    }
    const data = await Promise.all(page.map((result) => result.data()));
    if (!isCurrent()) {
      this.ordered = previous;
      return false;
    }
    this.list.replaceChildren(
      ...page.map((result, i) => resultItem(resultView(result, data[i]!, query), this.pageLang)),
    );
    this.afterMore = afterMore;
    this.updateMore();
    return true;
  }

  async appendPage(query: string, focusFirst: boolean): Promise<void> {
    if (!this.ordered) return;
    const page = await this.ordered.take(MORE_PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    const items = page.map((result, i) =>
      resultItem(resultView(result, data[i]!, query), this.pageLang),
    );
    this.list.append(...items);
    this.updateMore();
    this.afterMore?.();
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  /** "More" while results are left, or shards not yet searched. */
  private updateMore(): void {
    const ordered = this.ordered;
    this.more.hidden = !ordered || (ordered.complete && this.list.children.length >= ordered.found);
  }
}
