import { describe, expect, it } from 'vitest';
import { wordKnowledge } from '../../../../src/import/entities/word-knowledge';
import { createEntityResolver, type RegistryByKind } from '../../../../src/lib/entities/resolver';
import { ambiguityOf, personNameWords } from '../../../../src/lib/entities/tagging-rules';

const registry: RegistryByKind = {
  people: [
    { id: 'hillary-clinton', name: 'Hillary Clinton', aliases: [] },
    { id: 'nancy-pelosi', name: 'Nancy Pelosi', aliases: [] },
  ],
  places: [
    {
      id: 'march',
      name: 'March',
      aliases: [],
      kind: 'city',
      parent: 'cambridgeshire',
      country: 'GB',
    },
    { id: 'cambridgeshire', name: 'Cambridgeshire', aliases: [], kind: 'region', country: 'GB' },
    { id: 'union', name: 'Union', aliases: [], kind: 'city', parent: 'new-jersey', country: 'US' },
    { id: 'new-jersey', name: 'New Jersey', aliases: [], kind: 'region', country: 'US' },
    { id: 'clinton', name: 'Clinton', aliases: [], kind: 'city', parent: 'iowa', country: 'US' },
    { id: 'temple', name: 'Temple', aliases: [], kind: 'city', parent: 'texas', country: 'US' },
    { id: 'texas', name: 'Texas', aliases: [], kind: 'region', country: 'US' },
    {
      id: 'douglas',
      name: 'Douglas',
      aliases: [],
      kind: 'city',
      parent: 'isle-of-man',
      country: 'IM',
    },
    { id: 'isle-of-man', name: 'Isle of Man', aliases: [], kind: 'country', country: 'IM' },
    { id: 'university', name: 'University', aliases: [], kind: 'city', country: 'US' },
    { id: 'geneva', name: 'Geneva', aliases: [], kind: 'city', country: 'CH' },
    { id: 'washington', name: 'Washington', aliases: [], kind: 'region', country: 'US' },
    { id: 'jordan', name: 'Jordan', aliases: [], kind: 'country', country: 'JO' },
    { id: 'hunan', name: 'Hunan', aliases: ['Huxiang'], kind: 'region', country: 'CN' },
    { id: 'united-states', name: 'United States', aliases: [], kind: 'country', country: 'US' },
  ],
  organizations: [{ id: 'delta', name: 'Delta', aliases: [] }],
};

const resolver = createEntityResolver(registry, wordKnowledge);
const tagged = (text: string, dateline?: string) =>
  resolver.entitiesInText(text, { dateline }).map((entity) => `${entity.kind}/${entity.id}`);

describe('which names need a cue', () => {
  const people = personNameWords(registry.people);
  const ambiguity = (name: string, isCountry = false) =>
    ambiguityOf({ name, isCountry }, wordKnowledge, people);

  it('months and weekdays', () => {
    expect(ambiguity('March')).toBe('calendar');
    expect(ambiguity('May')).toBe('calendar');
    expect(ambiguity('Sunday')).toBe('calendar');
  });

  it('ordinary English words', () => {
    for (const word of [
      'Union',
      'University',
      'Republic',
      'Summit',
      'Temple',
      'Corona',
      'Delta',
      'Alliance',
    ])
      expect(ambiguity(word)).toBe('common-word');
  });

  it('given names and surnames, from the lexicon and from the registry', () => {
    expect(ambiguity('Douglas')).toBe('person-name');
    expect(ambiguity('Clinton')).toBe('person-name');
    expect(ambiguity('Pelosi')).toBe('person-name');
  });

  it('not countries, well-known places and many-word names', () => {
    expect(ambiguity('Jordan', true)).toBeUndefined();
    expect(ambiguity('China')).toBeUndefined();
    expect(ambiguity('Paris')).toBeUndefined();
    expect(ambiguity('Changsha')).toBeUndefined();
    expect(ambiguity('New Jersey')).toBeUndefined();
  });
});

describe('tagging in context', () => {
  it('never tags a month, whatever the preposition', () => {
    expect(tagged('From March 21 to 22, the premier toured Hunan. In March, prices rose.')).toEqual(
      ['places/hunan'],
    );
  });

  it('tags a month-named place followed by what contains it, or named by the dateline', () => {
    expect(tagged('Flooding hit March, Cambridgeshire on Monday.')).toEqual([
      'places/march',
      'places/cambridgeshire',
    ]);
    expect(tagged('Flooding hit the town on Monday.', 'March')).toEqual([]);
    expect(tagged('The March council met on Monday.', 'March')).toEqual(['places/march']);
  });

  it('tags a common-word place after a locative preposition, not as part of a longer name', () => {
    expect(tagged('A tornado struck homes in Temple on Friday.')).toEqual(['places/temple']);
    expect(tagged('Temple officials said the roads were closed.')).toEqual([]);
    expect(tagged('Leaders of the European Union and the Soviet Union met.')).toEqual([]);
    expect(tagged('She studied at Harvard University and at the University of Texas.')).toEqual([]);
    expect(tagged('A crowd gathered in Union Square.')).toEqual([]);
  });

  it('reads "Douglas, Isle of Man" as the place and "Douglas said" as nobody', () => {
    expect(tagged('Police in the capital, Douglas, Isle of Man, said.')).toEqual([
      'places/douglas',
      'places/isle-of-man',
    ]);
    expect(tagged('Douglas said the vote was fair.')).toEqual([]);
  });

  it('reads a surname after the full name as the person, not a place', () => {
    expect(tagged('Hillary Clinton spoke in Iowa. Later, Clinton said she was tired.')).toEqual([
      'people/hillary-clinton',
    ]);
    expect(tagged('Hillary Clinton campaigned in Clinton on Monday.')).toEqual([
      'people/hillary-clinton',
    ]);
  });

  it('no place inside a longer name: lakes, newspapers, people', () => {
    expect(tagged('Boats sank on Lake Geneva.')).toEqual([]);
    expect(tagged('The Washington Post reported it first.')).toEqual([]);
    expect(tagged('Michael Jordan retired.')).toEqual([]);
    expect(tagged('Talks opened in Geneva. Jordan sent a delegation.')).toEqual([
      'places/geneva',
      'places/jordan',
    ]);
  });

  it('an ambiguous organization needs its article to name it', () => {
    expect(tagged('Delta flights were delayed across the United States.')).toEqual([
      'places/united-states',
    ]);
  });

  it('a registry override wins over the computed rule', () => {
    const overridden = createEntityResolver(
      {
        ...registry,
        places: registry.places.map((place) =>
          place.id === 'university'
            ? { ...place, tagging: 'text' as const }
            : place.id === 'geneva'
              ? { ...place, tagging: 'frontmatter' as const }
              : place,
        ),
      },
      wordKnowledge,
    );
    const ids = overridden
      .entitiesInText('University officials met in Geneva.')
      .map((entity) => entity.id);
    expect(ids).toEqual(['university']);
  });
});

describe('place cues', () => {
  it('"the city of", "the capital,", "X in its region"', () => {
    expect(tagged('The bus crashed near the city of Temple on Wednesday.')).toEqual([
      'places/temple',
    ]);
    expect(tagged('The parliament sits in the capital, Douglas.')).toEqual(['places/douglas']);
    expect(tagged('Prices rose in Toronto and Temple in Texas.')).toEqual([
      'places/temple',
      'places/texas',
    ]);
  });
});

describe('a place at the start of a longer name', () => {
  it('does not count before another name word, but does before a word for what it is', () => {
    expect(tagged('The Geneva Motor Show opened, said the Texas Railroad Commission.')).toEqual([]);
    expect(tagged('Prices rose in Hunan Province and in Geneva.')).toEqual([
      'places/hunan',
      'places/geneva',
    ]);
  });
});

describe('lists of places', () => {
  it('a name that needs a cue counts next to a place in a list', () => {
    expect(tagged('Hotels in Geneva, Temple and Texas were full.')).toEqual([
      'places/geneva',
      'places/temple',
      'places/texas',
    ]);
    expect(tagged('Schools closed in Geneva and Douglas for a week.')).toEqual([
      'places/geneva',
      'places/douglas',
    ]);
    expect(tagged('Flights to Temple and the United States were cut.')).toEqual([
      'places/temple',
      'places/united-states',
    ]);
  });
  it('a comma without a list going on is no list, and a month is never a place', () => {
    expect(tagged('In Geneva, Temple said the talks would go on.')).toEqual(['places/geneva']);
    expect(tagged('Talks in Geneva and March ended.')).toEqual(['places/geneva']);
  });
});

describe('place names several places share', () => {
  const shared = createEntityResolver(
    {
      ...registry,
      places: [
        ...registry.places,
        { id: 'georgia', name: 'Georgia', aliases: [], kind: 'country', country: 'GE' },
        {
          id: 'georgia-us',
          name: 'Georgia, United States',
          aliases: [],
          kind: 'region',
          parent: 'united-states',
          country: 'US',
        },
        { id: 'hamilton-ca', name: 'Hamilton, Ontario', aliases: [], kind: 'city', country: 'CA' },
        { id: 'hamilton', name: 'Hamilton, New Zealand', aliases: [], kind: 'city', country: 'NZ' },
      ],
    },
    wordKnowledge,
  );
  const ids = (text: string) =>
    shared
      .entitiesInText(text)
      .filter((entity) => entity.kind === 'places')
      .map((entity) => entity.id);

  it("a bare name another place is labelled with tags nothing: only the article's list says which Georgia", () => {
    expect(ids('Voters in Georgia went to the polls.')).toEqual([]);
    expect(ids('The council in Hamilton met on Monday.')).toEqual([]);
  });
  it('the label itself is evidence of its place', () => {
    expect(ids('The plant in Hamilton, Ontario closed.')).toEqual(['hamilton-ca']);
    expect(ids('Farmers near Hamilton, New Zealand met.')).toEqual(['hamilton']);
  });
  it("an article's list names the place by id, whatever the bare name", () => {
    expect(shared.resolveReference('places', { name: 'Georgia', id: 'georgia-us' })?.id).toBe(
      'georgia-us',
    );
    expect(shared.resolveReference('places', 'Georgia, United States')?.id).toBe('georgia-us');
  });
});

describe("a place's own label", () => {
  it('leaves its own bare alias alone: "Washington" of "Washington, D.C."', () => {
    const dc = createEntityResolver(
      {
        ...registry,
        places: [
          {
            id: 'washington-d-c',
            name: 'Washington, D.C.',
            aliases: ['Washington'],
            kind: 'city',
            country: 'US',
          },
        ],
      },
      wordKnowledge,
    );
    expect(
      dc.entitiesInText('Officials in Washington said so.').map((entity) => entity.id),
    ).toEqual(['washington-d-c']);
  });
});
