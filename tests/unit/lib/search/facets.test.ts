import { describe, expect, it } from 'vitest';
import {
  facetGroups,
  facetsToLoadFirst,
  filterName,
  filterValueIndex,
  pagefindFilters,
} from '../../../../src/lib/search/facets';

describe('facets', () => {
  const counts = {
    person: { 'li-qiang|Li Qiang': 2, 'xi-jinping|Xi Jinping': 1, 'carrie-lam|Carrie Lam': 0 },
    place: { 'changsha|Changsha': 2, 'beijing|Beijing': 1, 'hunan|Hunan': 1 },
    year: { '2019|2019': 1, '2023|2023': 2, '2022|2022': 1 },
  };

  it('translate URL ids to Pagefind values, and unknown ids to values that match nothing', () => {
    const index = filterValueIndex(counts);
    expect(pagefindFilters({ place: ['changsha'], person: ['nobody'] }, index)).toEqual({
      person: ['nobody'],
      place: ['changsha|Changsha'],
    });
    expect(filterName(index, 'place', 'changsha')).toBe('Changsha');
    expect(filterName(index, 'place', 'atlantis')).toBe('atlantis');
  });

  it('offer values with results, most first, years newest first, chosen ones always', () => {
    const groups = facetGroups(counts, { person: ['carrie-lam'], place: ['atlantis'] }, 1);
    expect(groups.map((group) => group.facet)).toEqual(['person', 'place', 'year']);
    const [people, places, years] = groups;
    expect(people!.options.map((o) => [o.name, o.count, o.selected])).toEqual([
      ['Li Qiang', 2, false],
      ['Carrie Lam', 0, true],
    ]);
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
