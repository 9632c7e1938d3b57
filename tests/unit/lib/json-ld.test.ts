import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  serializeJsonLd,
  type NewsArticleInput,
} from '../../../src/lib/json-ld';

const base: NewsArticleInput = {
  url: 'https://example.org/news/2023/03/22/li-qiang/',
  headline: 'Li Qiang inspects advanced manufacturing in Hunan',
  date: '2023-03-22',
  summary: 'Premier Li Qiang inspected manufacturers.',
  dateline: 'Changsha',
  source: 'Xinhua News Agency',
  byline: [],
  lang: 'en',
  people: [{ name: 'Li Qiang', url: 'https://example.org/news/people/li-qiang/' }],
  places: [{ name: 'Hunan', url: 'https://example.org/news/places/hunan/' }],
  organizations: [
    { name: 'State Council', url: 'https://example.org/news/organizations/state-council/' },
  ],
  topics: [],
  license: 'Xinhua News Agency report.',
  publisher: { name: 'News Archive', url: 'https://example.org/news/' },
};

describe('NewsArticle JSON-LD', () => {
  it('describes the story, who and where it is about, and its source', () => {
    const json = newsArticleJsonLd(base);
    expect(json).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: base.headline,
      datePublished: '2023-03-22',
      dateline: 'CHANGSHA, March 22 (Xinhua)',
      url: base.url,
      isAccessibleForFree: true,
      sourceOrganization: { '@type': 'Organization', name: 'Xinhua News Agency' },
      about: [
        { '@type': 'Person', name: 'Li Qiang', url: 'https://example.org/news/people/li-qiang/' },
        { '@type': 'Organization', name: 'State Council' },
      ],
      contentLocation: [{ '@type': 'Place', name: 'Hunan' }],
      license: { '@type': 'CreativeWork', name: 'Xinhua News Agency report.' },
    });
    expect(json).not.toHaveProperty('author');
    expect(json).not.toHaveProperty('keywords');
  });

  it('names authors from the byline and prefers a licence URL', () => {
    const json = newsArticleJsonLd({
      ...base,
      byline: ['Ann Reporter'],
      licenseUrl: 'https://creativecommons.org/licenses/by/2.5/',
      dateline: undefined,
    });
    expect(json['author']).toEqual([{ '@type': 'Person', name: 'Ann Reporter' }]);
    expect(json['license']).toBe('https://creativecommons.org/licenses/by/2.5/');
    expect(json).not.toHaveProperty('dateline');
  });
});

describe('BreadcrumbList JSON-LD', () => {
  it('numbers the trail from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://e.org/' },
        { name: '2023', url: 'https://e.org/archive/2023/' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.org/' },
        { '@type': 'ListItem', position: 2, name: '2023', item: 'https://e.org/archive/2023/' },
      ],
    });
  });
});

describe('serialising JSON-LD into a script element', () => {
  it('can never close the element, and parses back to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
