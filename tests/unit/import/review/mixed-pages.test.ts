/**
 * Mixed pages: a generic organization name ("Supreme Court") that the registry also
 * holds qualified, said bare in stories of several countries, is proposed for a split.
 */
import { describe, expect, it } from 'vitest';
import type { EntityReference } from '../../../../src/lib/entities/entities';
import { createEntityResolver } from '../../../../src/lib/entities/resolver';
import type { ArticleLists } from '../../../../src/import/review/frontmatter-lists';
import {
  isGenericOrganizationName,
  mixedCountries,
  qualifiedBareNames,
  storyCountry,
} from '../../../../src/import/review/mixed-pages';

const place = (id: string, name: string, country: string) => ({
  id,
  name,
  aliases: [],
  country,
});
const PLACES = [
  place('washington-dc', 'Washington, D.C.', 'US'),
  place('wisconsin', 'Wisconsin', 'US'),
  place('london', 'London', 'GB'),
  place('scotland', 'Scotland', 'GB'),
  place('ottawa', 'Ottawa', 'CA'),
];
const resolver = createEntityResolver({ people: [], places: PLACES, organizations: [] });
const countries = new Map(PLACES.map((entry) => [entry.id, entry.country]));
const countryOf = (id: string) => countries.get(id);

const story = (places: EntityReference[], dateline?: string): ArticleLists => ({
  file: 'story.md',
  text: '',
  lists: {
    people: [],
    places: places.map((reference) => ({ reference })),
    organizations: [{ reference: 'Supreme Court' }],
  },
  dateline,
});

describe('generic organization names', () => {
  it('are ordinary words and a kind of body, with no place, nationality or proper name', () => {
    for (const name of ['Supreme Court', 'Green Party', 'Liberal Party', 'Interior Ministry'])
      expect(isGenericOrganizationName(name), name).toBe(true);
    for (const name of [
      'Supreme Court of Puerto Rico',
      'Scottish Green Party',
      'Aam Aadmi Party',
      'Court',
      'Microsoft',
    ])
      expect(isGenericOrganizationName(name), name).toBe(false);
  });

  it('count as said of several bodies where the registry also has them qualified', () => {
    const bare = qualifiedBareNames(
      [
        'Wisconsin Supreme Court',
        'Supreme Court of Puerto Rico',
        'Scottish Green Party',
        'US Green Party',
        'World Health Organization',
        'Liberal Party of Canada',
      ],
      (name) => ['Wisconsin', 'Puerto Rico', 'Canada'].includes(name),
    );
    expect([...bare].sort()).toEqual(['Green Party', 'Liberal Party', 'Supreme Court']);
  });
});

describe('a story’s country and a mixed page', () => {
  it('takes the country most of a story’s places are in, the dateline counting twice', () => {
    expect(storyCountry(story(['Wisconsin', 'London']), resolver, countryOf)).toBe('US');
    expect(storyCountry(story(['London', 'Scotland', 'Wisconsin']), resolver, countryOf)).toBe(
      'GB',
    );
    // Two places in Britain against a dateline in Canada: a tie goes to the first counted.
    expect(storyCountry(story(['London', 'Scotland'], 'Ottawa'), resolver, countryOf)).toBe('GB');
    expect(storyCountry(story(['London'], 'Ottawa'), resolver, countryOf)).toBe('CA');
    expect(storyCountry(story([]), resolver, countryOf)).toBeUndefined();
  });

  it('proposes a split with the stories per country, most first, only for two countries or more', () => {
    const evidence = {
      resolver,
      countryOf,
      qualifiedBareNames: new Set(['Supreme Court']),
    };
    const stories = [
      story(['Washington, D.C.']),
      story(['Wisconsin']),
      story(['London']),
      story([]),
    ];
    expect(mixedCountries('organizations', { name: 'Supreme Court' }, stories, evidence)).toEqual([
      { country: 'US', stories: 2 },
      { country: 'GB', stories: 1 },
    ]);
    expect(
      mixedCountries('organizations', { name: 'Supreme Court' }, stories.slice(0, 2), evidence),
    ).toBeUndefined();
    // Not generic, or never seen qualified: nothing to split.
    expect(
      mixedCountries('organizations', { name: 'Green Party' }, stories, evidence),
    ).toBeUndefined();
    expect(mixedCountries('people', { name: 'Supreme Court' }, stories, evidence)).toBeUndefined();
  });
});
