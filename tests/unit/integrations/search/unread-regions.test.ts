import { describe, expect, it } from 'vitest';
import {
  UNREAD_REGION_ATTRIBUTE,
  withoutUnreadRegions,
} from '../../../../src/integrations/search/unread-regions';

const page = (related: string, body = 'Premier Li Qiang visited Changsha.') =>
  Buffer.from(
    `<main><article data-pagefind-body><p>${body}</p>` +
      `<aside class="entity-box" data-pagefind-ignore><h2 id="in-this-story">In this story</h2></aside></article>` +
      `<aside class="related-stories" data-pagefind-ignore ${UNREAD_REGION_ATTRIBUTE}><h2 id="related-stories">Related stories</h2><ul>${related}</ul></aside>` +
      `<nav class="article-nav" data-pagefind-ignore ${UNREAD_REGION_ATTRIBUTE}><a href="/2019/">← Older story</a></nav></main>`,
  );

describe('withoutUnreadRegions', () => {
  it('leaves out what a marked region lists, keeping its tags', () => {
    const text = withoutUnreadRegions(
      page('<li><a href="/a/">Floods in Hunan</a></li>'),
    ).toString();
    expect(text).not.toContain('Floods in Hunan');
    expect(text).not.toContain('Older story');
    expect(text).toContain(
      `<aside class="related-stories" data-pagefind-ignore ${UNREAD_REGION_ATTRIBUTE}></aside>`,
    );
  });

  it('makes pages that differ only in their related stories the same', () => {
    expect(withoutUnreadRegions(page('<li>Floods in Hunan</li>'))).toEqual(
      withoutUnreadRegions(page('<li>Floods in Hunan</li><li>Drought in Yunnan</li>')),
    );
  });

  it('keeps every difference outside the marked regions, including unmarked asides', () => {
    expect(withoutUnreadRegions(page('', 'Premier Li Qiang visited Changsha.'))).not.toEqual(
      withoutUnreadRegions(page('', 'Premier Li Qiang visited Kunming.')),
    );
    expect(withoutUnreadRegions(page('')).toString()).toContain('In this story');
  });

  it('returns a page without marked regions as it is', () => {
    const plain = Buffer.from('<aside class="related-stories">Related</aside>');
    expect(withoutUnreadRegions(plain)).toBe(plain);
  });
});
