import { describe, expect, it } from 'vitest';
import { pageCacheKey } from '../../../src/lib/page-cache-key';

function entry(id: string, title: string, body = 'Text.') {
  return {
    id,
    collection: 'articles',
    data: { title, date: '2023-03-22' },
    body,
    rendered: { html: `<p>${body}</p>` },
  };
}

describe('pageCacheKey', () => {
  it('is the same for the same content, whichever objects hold it', () => {
    const shown = { page: 2, articles: [entry('a', 'A'), entry('b', 'B')] };
    const again = { page: 2, articles: [entry('a', 'A'), entry('b', 'B')] };
    expect(pageCacheKey('site', shown)).toBe(pageCacheKey('site', again));
  });

  it('changes with a listed article’s title, body or rendered HTML, its order, or the page’s own data', () => {
    const base = pageCacheKey('site', { page: 2, articles: [entry('a', 'A'), entry('b', 'B')] });
    const changed = [
      { page: 2, articles: [entry('a', 'A2'), entry('b', 'B')] },
      { page: 2, articles: [entry('a', 'A', 'Other text.'), entry('b', 'B')] },
      { page: 2, articles: [entry('b', 'B'), entry('a', 'A')] },
      { page: 3, articles: [entry('a', 'A'), entry('b', 'B')] },
      { page: 2, articles: [entry('a', 'A')] },
    ];
    for (const shown of changed) expect(pageCacheKey('site', shown)).not.toBe(base);
    const html = entry('a', 'A');
    html.rendered.html = '<p>Changed by the pipeline.</p>';
    expect(pageCacheKey('site', { page: 2, articles: [html, entry('b', 'B')] })).not.toBe(base);
    const metadata = {
      ...entry('a', 'A'),
      rendered: { html: '<p>Text.</p>', metadata: { headings: [] } },
    };
    expect(pageCacheKey('site', { page: 2, articles: [metadata, entry('b', 'B')] })).not.toBe(base);
    // Text moved from the body to the HTML is another entry.
    const moved = { ...entry('a', 'A', 'Text'), rendered: { html: '.<p>Text.</p>' } };
    expect(pageCacheKey('site', { page: 2, articles: [moved, entry('b', 'B')] })).not.toBe(base);
  });

  it('changes with the build-wide settings', () => {
    expect(pageCacheKey('title A', { page: 1 })).not.toBe(pageCacheKey('title B', { page: 1 }));
  });

  it('sees what maps and sets hold', () => {
    expect(pageCacheKey('', { names: new Map([['a', 1]]) })).not.toBe(
      pageCacheKey('', { names: new Map([['a', 2]]) }),
    );
    expect(pageCacheKey('', { ids: new Set(['a']) })).not.toBe(
      pageCacheKey('', { ids: new Set(['b']) }),
    );
  });
});
