/** The list of results: a page at a time, the next on "more". */
import type { OrderedResults } from '../order';
import type { PagefindResult } from './pagefind';
import { resultItem } from './render-results';
import { resultView } from './result-view';

const PAGE_SIZE = 10;

export class ResultList {
  private ordered: OrderedResults<PagefindResult> | undefined;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
    private readonly pageLang: string,
  ) {}

  clear(): void {
    this.ordered = undefined;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  /**
   * Shows the first page of new results, built off-screen and then swapped in,
   * so the list never flashes empty. False, and the list left as it was, when
   * the search is no longer current once the page is ready.
   */
  async show(
    next: OrderedResults<PagefindResult>,
    query: string,
    isCurrent: () => boolean,
  ): Promise<boolean> {
    const previous = this.ordered;
    this.ordered = next;
    const page = await next.take(PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (!isCurrent()) {
      this.ordered = previous;
      return false;
    }
    this.list.replaceChildren(
      ...page.map((result, i) => resultItem(resultView(result, data[i]!, query), this.pageLang)),
    );
    this.more.hidden = page.length >= next.total;
    return true;
  }

  async appendPage(query: string, focusFirst: boolean): Promise<void> {
    if (!this.ordered) return;
    const page = await this.ordered.take(PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    const items = page.map((result, i) =>
      resultItem(resultView(result, data[i]!, query), this.pageLang),
    );
    this.list.append(...items);
    this.more.hidden = this.list.children.length >= this.ordered.total;
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }
}
