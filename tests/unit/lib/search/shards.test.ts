import { describe, expect, it } from 'vitest';
import {
  countsByFacet,
  facetGroups,
  filterKeysOf,
  filterValueIndex,
  pagefindFilters,
} from '../../../../src/lib/search/facets';
import { articleFilters } from '../../../../src/lib/search/filters';
import {
  facetKeys,
  facetOfKey,
  filterKey,
  parseShards,
  serialiseShards,
  shardCount,
  shardedFilters,
  VALUES_PER_SHARD,
} from '../../../../src/lib/search/shards';

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
    const filters = articleFilters(
      { date: '2009-01-20' },
      {
        people: [
          { id: 'barack-obama', name: 'Barack Obama' },
          { id: 'joe-biden', name: 'Joe Biden' },
        ],
        places: [],
        organizations: [],
      },
    );
    const declared = shardedFilters(filters, shards);
    expect(declared['year']).toEqual(['2009|2009']);
    expect(declared[filterKey('person', 'barack-obama', shards)]).toContain(
      'barack-obama|Barack Obama',
    );
    expect(Object.values(declared).flat()).toHaveLength(3);

    // What Pagefind would count for these filters once loaded.
    const index = filterValueIndex(
      Object.fromEntries(
        Object.entries(declared).map(([key, values]) => [
          key,
          Object.fromEntries(values.map((value) => [value, 1])),
        ]),
      ),
    );
    const asked = pagefindFilters(
      { person: ['barack-obama', 'joe-biden'], year: ['2009'] },
      index,
      shards,
    );
    for (const [key, values] of Object.entries(asked))
      for (const value of values) expect(declared[key]).toContain(value);
    expect(filterKeysOf({ person: ['barack-obama'], year: ['2009'] }, shards)).toEqual([
      filterKey('person', 'barack-obama', shards),
      'year',
    ]);
  });

  it('merge back into one facet for display, and a partly loaded facet offers only the chosen values', () => {
    const counts = countsByFacet({
      'person-0': { 'a|A': 3 },
      'person-7': { 'b|B': 5 },
      year: { '2009|2009': 8 },
      stray: { x: 1 },
    });
    expect(counts).toEqual({ person: { 'a|A': 3, 'b|B': 5 }, year: { '2009|2009': 8 } });
    const partly = facetGroups(counts, { person: ['a'] }, 8, (facet) => facet !== 'person');
    expect(partly.find((group) => group.facet === 'person')!.options.map((o) => o.id)).toEqual([
      'a',
    ]);
    expect(partly.find((group) => group.facet === 'year')!.options.map((o) => o.id)).toEqual([
      '2009',
    ]);
    expect(facetGroups(counts, { person: ['a'] }, 8)[0]!.options.map((o) => o.id)).toEqual([
      'b',
      'a',
    ]);
  });

  it('travel to the search page as a data attribute', () => {
    expect(serialiseShards({ person: 20, place: 1, organization: 5 })).toBe(
      'person:20 organization:5',
    );
    expect(parseShards('person:20 organization:5 bogus:3 year:x')).toEqual({
      person: 20,
      organization: 5,
    });
    expect(parseShards(undefined)).toEqual({});
  });
});
