import { describe, expect, it } from 'vitest';
import { linkFirstMentions } from '../../../../src/lib/entities/link-first-mentions';
import { createNameMatcher } from '../../../../src/lib/entities/name-matcher';

describe('linking first mentions in rendered HTML', () => {
  const matcher = createNameMatcher([
    { id: 'people/li-qiang', names: ['Li Qiang'] },
    { id: 'places/hunan', names: ['Hunan'] },
  ]);
  const link = (id: string) => ({ href: `/${id}/` });

  it('links the first mention of each entity only', () => {
    const html = '<p>Li Qiang went to Hunan. Li Qiang left Hunan’s capital.</p>';
    expect(linkFirstMentions(html, matcher, link)).toBe(
      '<p><a class="entity-mention" href="/people/li-qiang/">Li Qiang</a> went to <a class="entity-mention" href="/places/hunan/">Hunan</a>. Li Qiang left Hunan’s capital.</p>',
    );
  });

  it('leaves links, headings, code and attributes alone', () => {
    const html =
      '<h2 id="hunan">Hunan</h2><p><a href="/x/">Li Qiang</a> <code>Hunan</code> <img alt="Hunan"> <span title="Li Qiang">then Hunan</span></p><pre>Li Qiang</pre><p>Li Qiang</p>';
    expect(linkFirstMentions(html, matcher, link)).toBe(
      '<h2 id="hunan">Hunan</h2><p><a href="/x/">Li Qiang</a> <code>Hunan</code> <img alt="Hunan"> <span title="Li Qiang">then <a class="entity-mention" href="/places/hunan/">Hunan</a></span></p><pre>Li Qiang</pre><p><a class="entity-mention" href="/people/li-qiang/">Li Qiang</a></p>',
    );
  });

  it('skips entities without a page and escapes link attributes', () => {
    expect(
      linkFirstMentions('<p>Hunan and Li Qiang</p>', matcher, (id) =>
        id === 'places/hunan' ? { href: '/a"b/', title: 'x<y' } : undefined,
      ),
    ).toBe(
      '<p><a class="entity-mention" href="/a&quot;b/" title="x&lt;y">Hunan</a> and Li Qiang</p>',
    );
  });
});
