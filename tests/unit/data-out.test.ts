/** The archive as a search engine (OpenSearch) and as data (JSON per entity). */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { entityJson } from '../../src/lib/entities/json';
import { openSearchDescription } from '../../src/lib/search/opensearch';
import { absoluteUrl } from '../../src/lib/urls';

const underNews = (path: string) => absoluteUrl(path, '/news/', 'https://example.github.io');

describe('OpenSearch description', () => {
  it('sends searches to the search page, under the base path, with a short name of at most 16 characters', () => {
    const xml = openSearchDescription('The <Example> & Co. Morning Herald Archive', underNews);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml).OpenSearchDescription;
    expect(parsed.ShortName).toBe('The <Example> &…');
    expect([...parsed.ShortName]).toHaveLength(16);
    expect(parsed.Url[0]['@_template']).toBe('https://example.github.io/news/search/?q={searchTerms}');
    expect(parsed.Url[1]['@_template']).toBe('https://example.github.io/news/opensearch.xml');
    expect(xml).toContain('&lt;Example&gt; &amp; Co.');
  });
});

describe('an entity as JSON', () => {
  it('has id, kind, name, other names, its page, and every story as URL, title and date', () => {
    const stories = [{ id: '2023/03/22-li-qiang', data: { date: '2023-03-22', title: 'Li Qiang in Hunan' } }];
    expect(entityJson('people', { id: 'li-qiang', name: 'Li Qiang' }, ['Li Qiang', 'Premier Li Qiang'], stories, underNews)).toEqual({
      id: 'li-qiang',
      kind: 'person',
      name: 'Li Qiang',
      aliases: ['Premier Li Qiang'],
      url: 'https://example.github.io/news/people/li-qiang/',
      stories: [{ url: 'https://example.github.io/news/2023/03/22/li-qiang/', title: 'Li Qiang in Hunan', date: '2023-03-22' }],
    });
  });
});
