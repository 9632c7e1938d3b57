import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { openSearchDescription } from '../../../../src/lib/search/opensearch';
import { absoluteUrl } from '../../../../src/lib/urls';

const underNews = (path: string) => absoluteUrl(path, '/news/', 'https://example.github.io');

describe('OpenSearch description', () => {
  it('sends searches to the search page, under the base path, with a short name of at most 16 characters', () => {
    const xml = openSearchDescription('The <Example> & Co. Morning Herald Archive', underNews);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription;
    expect(parsed.ShortName).toBe('The <Example> &…');
    expect([...parsed.ShortName]).toHaveLength(16);
    expect(parsed.Url[0]['@_template']).toBe(
      'https://example.github.io/news/search/?q={searchTerms}',
    );
    expect(parsed.Url[1]['@_template']).toBe('https://example.github.io/news/opensearch.xml');
    expect(xml).toContain('&lt;Example&gt; &amp; Co.');
  });
});
