import { describe, expect, it } from 'vitest';
import { excerptParts, markedPhrases } from '../../src/lib/search/excerpt';
import { countsByFacet, facetGroups, facetsToLoadFirst, filterKeysOf, filterName, filterValueIndex, pagefindFilters } from '../../src/lib/search/facets';
import { articleFilters, decodeFilterValue, encodeFilterValue } from '../../src/lib/search/filters';
import { highlightUrl } from '../../src/lib/search/highlight';
import { facetKeys, facetOfKey, filterKey, parseShards, serialiseShards, shardCount, shardedFilters, VALUES_PER_SHARD } from '../../src/lib/search/shards';
import { languagesToMerge } from '../../src/lib/search/languages';
import { entitySearchPath, searchPath } from '../../src/lib/search/links';
import { orderResults } from '../../src/lib/search/order';
import { effectiveSort, isSearchableQuery, parseSearchState, serialiseSearchState, toggleFilter } from '../../src/lib/search/state';

describe('search filter values', () => {
  it('carry an id and a display name, exactly', () => {
    expect(encodeFilterValue({ id: 'changsha', name: 'Changsha' })).toBe('changsha|Changsha');
    expect(decodeFilterValue('changsha|Changsha')).toEqual({ id: 'changsha', name: 'Changsha' });
    // A name may contain the separator; the id never does.
    expect(decodeFilterValue(encodeFilterValue({ id: 'a-b', name: 'A | B  Ltd' }))).toEqual({ id: 'a-b', name: 'A | B Ltd' });
    expect(decodeFilterValue('2023')).toEqual({ id: '2023', name: '2023' });
  });

  it('refuse an id that could not be told apart from its name', () => {
    expect(() => encodeFilterValue({ id: 'a|b', name: 'A' })).toThrow(/search filter id/);
    expect(() => encodeFilterValue({ id: 'a b', name: 'A' })).toThrow(/search filter id/);
    expect(() => encodeFilterValue({ id: '', name: 'A' })).toThrow(/search filter id/);
  });

  it('are listed for an article: entities by their ids, year, source and topics by slug', () => {
    const filters = articleFilters(
      { date: '2023-03-22', source: 'Xinhua News Agency', topics: ['Economy and business'] },
      { people: [{ id: 'li-qiang', name: 'Li Qiang' }], places: [{ id: 'changsha', name: 'Changsha' }], organizations: [] },
    );
    expect(filters).toEqual({
      person: ['li-qiang|Li Qiang'],
      place: ['changsha|Changsha'],
      topic: ['economy-and-business|Economy and business'],
      year: ['2023|2023'],
      source: ['xinhua-news-agency|Xinhua News Agency'],
    });
    expect(articleFilters({ date: '2019-01-04' }, { people: [], places: [], organizations: [] })).toEqual({ year: ['2019|2019'] });
  });
});

describe('search state in the URL', () => {
  it('reads query, filters and sort, ignoring what it does not know', () => {
    expect(parseSearchState('?q=Li++Qiang%20&place=changsha&person=li-qiang&place=hunan&place=changsha&sort=newest&utm=x&person=')).toEqual({
      query: 'Li Qiang',
      filters: { place: ['changsha', 'hunan'], person: ['li-qiang'] },
      range: {},
      sort: 'newest',
    });
    expect(parseSearchState('')).toEqual({ query: '', filters: {}, range: {}, sort: 'relevance' });
    expect(parseSearchState('?sort=sideways').sort).toBe('relevance');
  });

  it('writes one canonical URL per state and reads it back', () => {
    const state = { query: '长沙 地铁', filters: { year: ['2022'], person: ['li-qiang', 'xi-jinping'] }, range: {}, sort: 'oldest' as const };
    const url = serialiseSearchState(state);
    expect(url).toBe('?q=%E9%95%BF%E6%B2%99+%E5%9C%B0%E9%93%81&person=li-qiang&person=xi-jinping&year=2022&sort=oldest');
    expect(parseSearchState(url)).toEqual({ ...state, filters: { person: ['li-qiang', 'xi-jinping'], year: ['2022'] } });
    expect(serialiseSearchState({ query: ' ', filters: {}, range: {}, sort: 'relevance' })).toBe('');
  });

  it('toggles filters without touching the rest', () => {
    const start = parseSearchState('?q=metro&place=changsha');
    const added = toggleFilter(start, 'person', 'li-qiang', true);
    expect(serialiseSearchState(added)).toBe('?q=metro&person=li-qiang&place=changsha');
    expect(serialiseSearchState(toggleFilter(added, 'place', 'changsha', false))).toBe('?q=metro&person=li-qiang');
    expect(serialiseSearchState(start)).toBe('?q=metro&place=changsha');
  });

  it('searches from two letters, or from one Chinese character', () => {
    expect(isSearchableQuery('p')).toBe(false);
    expect(isSearchableQuery('Li')).toBe(true);
    expect(isSearchableQuery('长')).toBe(true);
  });

  it('lists by date when there are no words to rank by', () => {
    expect(effectiveSort(parseSearchState('?place=changsha'))).toBe('newest');
    expect(effectiveSort(parseSearchState('?place=changsha&sort=oldest'))).toBe('oldest');
    expect(effectiveSort(parseSearchState('?q=xi'))).toBe('relevance');
    expect(effectiveSort(parseSearchState('?q=x&year=2023'))).toBe('newest');
  });
});

describe('search excerpts', () => {
  it('split into plain text and marked words, undoing only what Pagefind escaped', () => {
    const parts = excerptParts('Premier <mark>Li</mark> <mark>Qiang</mark> said &lt;b&gt; &amp;amp; <mark>Hunan</mark>');
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
    expect(markedPhrases(excerptParts('<mark>长沙地铁</mark>新线 <mark>长沙</mark>。 <mark>Li</mark>, <mark>Li</mark> <mark>Qiang</mark>'))).toEqual(['长沙地铁', 'Li Qiang']);
  });
});

describe('highlight links', () => {
  it('quote the marked phrases as text fragments, escaping what fragments reserve', () => {
    expect(highlightUrl('/2023/03/22/x/', ['Li Qiang'])).toBe('/2023/03/22/x/#:~:text=Li%20Qiang');
    expect(highlightUrl('/a/#old', ['state-owned, big', '长沙'])).toBe('/a/#:~:text=state%2Downed%2C%20big&text=%E9%95%BF%E6%B2%99');
    expect(highlightUrl('/a/', [])).toBe('/a/');
    expect(highlightUrl('/a/', ['1', '2', '3', '4']).match(/text=/g)).toHaveLength(3);
  });
});

describe('language indexes to merge', () => {
  it('merges every language but the one Pagefind opens for the page', () => {
    expect(languagesToMerge(['en', 'zh', 'en', 'zh-Hans'], 'en')).toEqual(['zh', 'zh-hans']);
    expect(languagesToMerge(['en-GB', 'fr'], 'en-gb')).toEqual(['fr']);
    expect(languagesToMerge(['en', 'fr'], 'en-US')).toEqual(['fr']);
    // No English articles: Pagefind opens the biggest index; the rest are merged.
    expect(languagesToMerge(['zh', 'zh', 'fr'], 'en')).toEqual(['fr']);
    expect(languagesToMerge([], 'en')).toEqual([]);
  });
});

describe('result order across language indexes', () => {
  const result = (index: string, date: string) => ({ id: `${index}_${date}`, index, date });
  type Result = ReturnType<typeof result>;
  const byIndex = (r: Result) => r.index;

  it('merges per-index date orders into one, reading few dates', async () => {
    // As Pagefind returns them: each index in date order, interleaved by score.
    const results = [result('en', '2023-03-22'), result('en', '2020-01-15'), result('zh', '2022-05-10'), result('en', '2019-01-04'), result('zh', '2019-06-01')];
    const read: string[] = [];
    const dateOf = async (r: Result) => (read.push(r.id), r.date);
    const ordered = orderResults(results, 'newest', byIndex, dateOf);
    expect(ordered.total).toBe(5);
    expect((await ordered.take(2)).map((r) => r.date)).toEqual(['2023-03-22', '2022-05-10']);
    expect(read).toHaveLength(3);
    expect((await ordered.take(10)).map((r) => r.date)).toEqual(['2020-01-15', '2019-06-01', '2019-01-04']);
    expect(await ordered.take(1)).toEqual([]);
  });

  it('merges oldest first too, and keeps one index or relevance as given without reading dates', async () => {
    const results = [result('en', '2019-01-04'), result('zh', '2020-05-10'), result('en', '2021-01-01')];
    const oldest = orderResults(results, 'oldest', byIndex, async (r) => r.date);
    expect((await oldest.take(3)).map((r) => r.date)).toEqual(['2019-01-04', '2020-05-10', '2021-01-01']);
    const never = async (): Promise<string> => { throw new Error('no date needed'); };
    expect(await orderResults(results, 'relevance', byIndex, never).take(2)).toEqual(results.slice(0, 2));
    const single = [result('en', '2023-01-01'), result('en', '2022-01-01')];
    expect(await orderResults(single, 'newest', byIndex, never).take(5)).toEqual(single);
  });
});

describe('facets', () => {
  const counts = {
    person: { 'li-qiang|Li Qiang': 2, 'xi-jinping|Xi Jinping': 1, 'carrie-lam|Carrie Lam': 0 },
    place: { 'changsha|Changsha': 2, 'beijing|Beijing': 1, 'hunan|Hunan': 1 },
    year: { '2019|2019': 1, '2023|2023': 2, '2022|2022': 1 },
  };

  it('translate URL ids to Pagefind values, and unknown ids to values that match nothing', () => {
    const index = filterValueIndex(counts);
    expect(pagefindFilters({ place: ['changsha'], person: ['nobody'] }, index)).toEqual({ person: ['nobody'], place: ['changsha|Changsha'] });
    expect(filterName(index, 'place', 'changsha')).toBe('Changsha');
    expect(filterName(index, 'place', 'atlantis')).toBe('atlantis');
  });

  it('offer values with results, most first, years newest first, chosen ones always', () => {
    const groups = facetGroups(counts, { person: ['carrie-lam'], place: ['atlantis'] }, 1);
    expect(groups.map((group) => group.facet)).toEqual(['person', 'place', 'year']);
    const [people, places, years] = groups;
    expect(people!.options.map((o) => [o.name, o.count, o.selected])).toEqual([['Li Qiang', 2, false], ['Carrie Lam', 0, true]]);
    expect(people!.more).toBe(1);
    expect(places!.options.map((o) => o.id)).toEqual(['changsha', 'atlantis']);
    expect(years!.options.map((o) => o.id)).toEqual(['2023']);
    expect(years!.more).toBe(2);
  });

  it('load every filter up front for small archives only', () => {
    expect(facetsToLoadFirst(28)).toContain('person');
    expect(facetsToLoadFirst(10_000)).toEqual([]);
  });
});

describe('facets split into shards', () => {
  const shards = { person: 20, place: 3 };

  it('have as many shards as their values need, and one when few', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(VALUES_PER_SHARD)).toBe(1);
    expect(shardCount(VALUES_PER_SHARD + 1)).toBe(2);
    expect(shardCount(9918)).toBe(Math.ceil(9918 / VALUES_PER_SHARD));
  });

  it('put a value in a shard found from its id alone, the same every time', () => {
    const key = filterKey('person', 'barack-obama', shards);
    expect(key).toMatch(/^person-(1?\d)$/);
    expect(Number(key.slice('person-'.length))).toBeLessThan(20);
    expect(filterKey('person', 'barack-obama', { ...shards })).toBe(key);
    expect(filterKey('year', '2009', shards)).toBe('year');
    expect(facetKeys('place', shards)).toEqual(['place-0', 'place-1', 'place-2']);
    expect(facetKeys('topic', shards)).toEqual(['topic']);
    expect(facetOfKey(key)).toBe('person');
    expect(facetOfKey('year')).toBe('year');
    expect(facetOfKey('colour-2')).toBeUndefined();
  });

  it('spread many ids evenly', () => {
    const sizes = new Map<string, number>();
    for (let i = 0; i < 10_000; i++) {
      const key = filterKey('person', `person-number-${i}`, shards);
      sizes.set(key, (sizes.get(key) ?? 0) + 1);
    }
    expect(sizes.size).toBe(20);
    for (const size of sizes.values()) expect(size).toBeGreaterThan(400);
    for (const size of sizes.values()) expect(size).toBeLessThan(600);
  });

  it('are declared by articles and asked for by searches under the same keys', () => {
    const filters = articleFilters({ date: '2009-01-20' }, { people: [{ id: 'barack-obama', name: 'Barack Obama' }, { id: 'joe-biden', name: 'Joe Biden' }], places: [], organizations: [] });
    const declared = shardedFilters(filters, shards);
    expect(declared['year']).toEqual(['2009|2009']);
    expect(declared[filterKey('person', 'barack-obama', shards)]).toContain('barack-obama|Barack Obama');
    expect(Object.values(declared).flat()).toHaveLength(3);

    // What Pagefind would count for these filters once loaded.
    const index = filterValueIndex(Object.fromEntries(Object.entries(declared).map(([key, values]) => [key, Object.fromEntries(values.map((value) => [value, 1]))])));
    const asked = pagefindFilters({ person: ['barack-obama', 'joe-biden'], year: ['2009'] }, index, shards);
    for (const [key, values] of Object.entries(asked)) for (const value of values) expect(declared[key]).toContain(value);
    expect(filterKeysOf({ person: ['barack-obama'], year: ['2009'] }, shards)).toEqual([filterKey('person', 'barack-obama', shards), 'year']);
  });

  it('merge back into one facet for display, and a partly loaded facet offers only the chosen values', () => {
    const counts = countsByFacet({ 'person-0': { 'a|A': 3 }, 'person-7': { 'b|B': 5 }, year: { '2009|2009': 8 }, stray: { x: 1 } });
    expect(counts).toEqual({ person: { 'a|A': 3, 'b|B': 5 }, year: { '2009|2009': 8 } });
    const partly = facetGroups(counts, { person: ['a'] }, 8, (facet) => facet !== 'person');
    expect(partly.find((group) => group.facet === 'person')!.options.map((o) => o.id)).toEqual(['a']);
    expect(partly.find((group) => group.facet === 'year')!.options.map((o) => o.id)).toEqual(['2009']);
    expect(facetGroups(counts, { person: ['a'] }, 8)[0]!.options.map((o) => o.id)).toEqual(['b', 'a']);
  });

  it('travel to the search page as a data attribute', () => {
    expect(serialiseShards({ person: 20, place: 1, organization: 5 })).toBe('person:20 organization:5');
    expect(parseShards('person:20 organization:5 bogus:3 year:x')).toEqual({ person: 20, organization: 5 });
    expect(parseShards(undefined)).toEqual({});
  });
});

describe('links into search', () => {
  it('name an entity by its id, in the form the search page reads', () => {
    expect(entitySearchPath('places', 'changsha')).toBe('/search/?place=changsha');
    expect(entitySearchPath('people', 'li-qiang')).toBe('/search/?person=li-qiang');
    expect(searchPath('year', '2023')).toBe('/search/?year=2023');
    expect(parseSearchState(entitySearchPath('organizations', 'state-council').slice('/search/'.length)).filters).toEqual({ organization: ['state-council'] });
  });
});
