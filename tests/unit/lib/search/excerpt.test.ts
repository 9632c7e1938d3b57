import { describe, expect, it } from 'vitest';
import { excerptParts, markedPhrases } from '../../../../src/lib/search/excerpt';

describe('search excerpts', () => {
  it('split into plain text and marked words, undoing only what Pagefind escaped', () => {
    const parts = excerptParts(
      'Premier <mark>Li</mark> <mark>Qiang</mark> said &lt;b&gt; &amp;amp; <mark>Hunan</mark>',
    );
    expect(parts).toEqual([
      { text: 'Premier ', marked: false },
      { text: 'Li', marked: true },
      { text: ' ', marked: false },
      { text: 'Qiang', marked: true },
      { text: ' said <b> &amp;amp; ', marked: false },
      { text: 'Hunan', marked: true },
    ]);
    expect(markedPhrases(parts)).toEqual(['Li Qiang', 'Hunan']);
    expect(markedPhrases(excerptParts('no marks here'))).toEqual([]);
    expect(
      markedPhrases(
        excerptParts(
          '<mark>长沙地铁</mark>新线 <mark>长沙</mark>。 <mark>Li</mark>, <mark>Li</mark> <mark>Qiang</mark>',
        ),
      ),
    ).toEqual(['长沙地铁', 'Li Qiang']);
  });
});
