/**
 * Result list items, built with DOM calls and `textContent` only: nothing
 * from the index is ever parsed as HTML.
 */
import { formatLongDate } from '../../dates';
import type { ResultView } from './result-view';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function resultItem(view: ResultView, pageLang: string): HTMLLIElement {
  const item = element('li', 'search-result');
  // A Chinese story in an English list: say so, for screen readers and fonts.
  if (view.lang !== 'unknown' && view.lang !== pageLang) item.lang = view.lang;

  const heading = element('h3');
  const link = element('a', undefined, view.title);
  link.href = view.href;
  heading.append(link);
  item.append(heading);

  if (view.date || view.dateline) {
    const meta = element('p', 'meta');
    if (view.date) {
      const time = element('time', undefined, formatLongDate(view.date));
      time.dateTime = view.date;
      meta.append(time);
    }
    if (view.dateline) meta.append(element('span', 'search-result__dateline', view.dateline));
    item.append(meta);
  }

  const excerpt = element('p', 'search-result__excerpt');
  for (const part of view.excerpt)
    excerpt.append(
      part.marked ? element('mark', undefined, part.text) : document.createTextNode(part.text),
    );
  item.append(excerpt);
  return item;
}
