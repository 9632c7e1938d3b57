import { describe, expect, it } from 'vitest';
import { entitySearchPath, searchPath } from '../../../../src/lib/search/links';
import { parseSearchState } from '../../../../src/lib/search/state';

describe('links into search', () => {
  it('name an entity by its id, in the form the search page reads', () => {
    expect(entitySearchPath('places', 'changsha')).toBe('/search/?place=changsha');
    expect(entitySearchPath('people', 'li-qiang')).toBe('/search/?person=li-qiang');
    expect(searchPath('year', '2023')).toBe('/search/?year=2023');
    expect(
      parseSearchState(entitySearchPath('organizations', 'state-council').slice('/search/'.length))
        .filters,
    ).toEqual({ organization: ['state-council'] });
  });
});
