/**
 * Which kind of place a name means (issue 13, item 4; the place errors of the judged
 * rounds 3 and 4 in docs/entity-judging): a county or province is not the town that
 * shares its name, a plain mention of a city is not its province, and a territory that
 * is also listed as another country's region is the country.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EntityFinder } from '../../../../src/import/entities/find-entities';
import { buildGazetteer } from '../../../../src/lib/entities/gazetteer';
import { loadKnowledge } from '../../../../src/import/entities/knowledge';
import { prepareStory } from '../../../../src/import/run-import';
import { findPlaceCues } from '../../../../src/import/entities/place-cues';
import { createLocalPlaces } from '../../../../src/import/entities/local-places';

const REGISTRY = fileURLToPath(new URL('../../../fixtures/entity-eval/registry', import.meta.url));
const knowledge = loadKnowledge(REGISTRY);
const gazetteer = buildGazetteer();
const localPlaces = createLocalPlaces(gazetteer);

/** The places the importer tags in a raw story, as `id=name`, with each one's kind. */
function placesOf(body: string): { tag: string; kind: string | undefined }[] {
  const finder = new EntityFinder(knowledge);
  const story = prepareStory(finder, {
    origin: { file: 't' },
    format: 'raw-text',
    sourceId: 't',
    date: '2020-01-01',
    body,
  });
  const { dateline, datelineRegion } = story.structure;
  return finder
    .find(
      story.text,
      story.candidates,
      dateline && { place: dateline, region: datelineRegion },
      story.titleLength,
    )
    .places.map((place) => ({
      tag: `${place.id}=${place.name}`,
      kind:
        knowledge.places.placeById(place.id)?.kind ??
        finder.registryAdditions().places.find((entry) => entry.id === place.id)?.kind,
    }));
}

const tags = (body: string) => placesOf(body).map((place) => place.tag);

// The first story loads the word lists and local gazetteer, slow on a busy machine.
beforeAll(() => void placesOf('Officials met in Paris.'), 60_000);

// The first stories of a run are slow on a busy machine.
describe(
  'a county, province or region named as one is not the town of its name',
  { timeout: 30_000 },
  () => {
    it.each([
      [
        'A U.S. District Court in Tarrant County, Texas, issued a summary judgment.',
        /=Tarrant(?! County)/,
      ],
      [
        'He stood against the courthouse in Hudson County, New Jersey for a day.',
        /=Hudson(?! County)/,
      ],
      [
        'The nearest settlement to Area 51 is Rachel in Lincoln County, Nevada.',
        /=Lincoln(?! County)/,
      ],
      ['A building collapsed in Magnitogorsk, a city in the Ural region of Russia.', /=Ural/],
    ])('%s', (body, town) => {
      expect(tags(body).filter((tag) => town.test(tag))).toEqual([]);
    });
    it('tags the county itself, by the name readers know it by', () => {
      const tarrant = placesOf(
        'A U.S. District Court in Tarrant County, Texas, ruled on Thursday.',
      );
      expect(tarrant.find((place) => place.tag.endsWith('=Tarrant County'))?.kind).toBe('district');
    });
    it('takes the one entry of a capital and its province for "Yazd Province", no second one', () => {
      expect(tags('An earthquake struck Yazd Province in Iran on Monday.')).toContain('yazd=Yazd');
    });
  },
);

describe('a plain mention of a city that shares its name with its province is the city', () => {
  it.each([
    ['Saint-Laurent was born on August 1, 1936 in Oran, Algeria.', 'oran=Oran'],
    [
      'In Stockholm a few hundred people gathered at a rally in the Swedish capital.',
      'stockholm=Stockholm',
    ],
    [
      'Demonstrations occurred in the cities of Mérida, Maracaibo and Valencia in Venezuela.',
      'merida=Mérida, Venezuela',
    ],
  ])('%s → %s, a city', (body, tag) => {
    expect(placesOf(body)).toContainEqual({ tag, kind: 'city' });
  });
  it('keeps the region of a name whose city is a town elsewhere (Washington state is no city)', () => {
    const washington = gazetteer.find((place) => place.id === 'washington');
    expect(washington?.kind).toBe('region');
    expect(gazetteer.find((place) => place.id === 'oran')).toMatchObject({
      kind: 'city',
      region: 'Oran',
    });
  });
});

describe('a territory also listed as a region of another country', () => {
  it('is the country, even in a story about that other country', () => {
    expect(
      tags(
        'The U.S. government performed a series of 67 tests of nuclear weapons in the Marshall Islands between 1946 and 1958 in the Pacific, far from Washington.',
      ),
    ).toContain('marshall-islands=Marshall Islands');
  });
});

describe('the area a story names as one', () => {
  it('is not an area of the same name abroad, nor a town', () => {
    expect(
      tags('Flooding closed roads in Somerset County, Pennsylvania, on Tuesday.').filter((tag) =>
        /=Somerset(?! County)/.test(tag),
      ),
    ).toEqual([]);
  });
  it('is a country named before "region" no more than before', () => {
    expect(tags('Violence in the Thailand Region has grown.')).not.toContain(
      expect.stringMatching(/-region=Thailand/),
    );
  });
  it('makes "X Prefecture" a region', () => {
    expect(
      placesOf('Floods hit Kumano in Mie Prefecture, Japan, on Monday.').find((place) =>
        place.tag.includes('=Mie'),
      )?.kind,
    ).toBe('region');
  });
});

describe('a territory', () => {
  it('is its country in a story that names a country with a town of its name', () => {
    expect(tags('Puerto Rico and Argentina voted for the resolution in New York.')).toContain(
      'puerto-rico=Puerto Rico',
    );
  });
});

describe('a region or country written beside a town', () => {
  it.each([
    [
      'Leaders met at the summit in Montebello, Quebec. U.S. President George W. Bush attended.',
      /=Montebello/,
    ],
    ['A resident of Antioch, Illinois, he is accused of shooting two people.', /^antioch=/],
    [
      'Police went undercover at the summit in Montebello, Quebec. Protesters in Montebello were arrested.',
      /=Montebello/,
    ],
  ])('rules out the towns of the name elsewhere: %s', (body, town) => {
    expect(tags(body).filter((tag) => town.test(tag))).toEqual([]);
  });
  it.each([
    // Round 5 of the judged registry: "Berea, Ohio" where the text says "Berea, Kentucky".
    ['She studied at a college in Berea, Kentucky, for two years.', 'Berea', 'Kentucky'],
    // Invented, same shape: the gazetteer's Antioch is California's, a larger town.
    [
      'A resident of Antioch, Illinois, he is accused of shooting two people.',
      'Antioch',
      'Illinois',
    ],
  ])('takes the lesser town in the region written beside it: %s', (body, name, region) => {
    const town = localPlaces.lookup(name).find((place) => place.region === region);
    expect(town).toBeDefined();
    // Named with its region, as a lesser namesake of a gazetteer town is (round 12).
    expect(tags(body)).toContain(`${town?.id}=${name}, ${region}`);
  });
  it('still confirms the town it contains, and leaves lists of countries alone', () => {
    expect(tags('Edwards spoke at a rally in Grand Rapids, Michigan on Tuesday.')).toContain(
      'grand-rapids=Grand Rapids',
    );
    expect(tags('Delegates from Spain, France and Italy met in Rome.')).toEqual(
      expect.arrayContaining(['spain=Spain', 'france=France']),
    );
  });
});

describe('a capital that is its own region', () => {
  it('is no evidence of itself against a namesake the story places', () => {
    expect(
      tags(
        'The report shows San Jose is now the tenth largest city in the United States. Officials in California welcomed it.',
      ),
    ).toContain('san-jose-us=San Jose, California');
  });
});

describe('an article before a place cue', () => {
  it('is not part of the name ("A Travis County jury", "A Rhode Island court")', () => {
    expect(
      findPlaceCues('A Travis County jury convicted him. A Rhode Island court agreed.').map(
        (cue) => `${cue.kind}:${cue.name}`,
      ),
    ).toEqual(['area:Travis', 'island:Rhode Island']);
  });
});

describe('a nationality before a lower-case "island"', () => {
  it("is a description, not the island's name (held-out-4, raw/192, and an invented one)", () => {
    const cues = (text: string) => findPlaceCues(text).map((cue) => `${cue.kind}:${cue.name}`);
    expect(cues('Likoma Island, the small Malawian island on Lake Malawi, gets a jetty.')).toEqual(
      expect.not.arrayContaining(['island:Malawian']),
    );
    expect(cues('Ferries reach the rocky Tanzanian island twice a week.')).toEqual([]);
    expect(cues('Ferries reach Tinian Island twice a week.')).toEqual(['island:Tinian Island']);
  });
});

describe('the word beside a name says which kind of place it is', { timeout: 30_000 }, () => {
  it.each([
    // Round 5 of the judged registry: "in the Tinsukia district" resolved to the town.
    [
      'Police said the attack happened in the Tinsukia district of Assam.',
      'tinsukia-district=Tinsukia District',
      'district',
    ],
    // Invented, same shape, another country.
    [
      'Voters in the Starnberg district of Bavaria went to the polls.',
      'starnberg-district=Starnberg District',
      'district',
    ],
    // Round 5: "St. Charles County" (Missouri) resolved to St. Charles, Maryland.
    [
      'The car was found in St. Charles County, Missouri, on Friday.',
      'st-charles-county=St. Charles County',
      'district',
    ],
    // Invented: the same abbreviation before another county.
    [
      'A fire burned in St. Lucie County, Florida, overnight.',
      'st-lucie-county=St. Lucie County',
      'district',
    ],
  ])('"X district", "X County" is the area, not the town: %s', (body, tag, kind) => {
    expect(placesOf(body)).toContainEqual({ tag, kind });
  });
  it('keeps a district that is part of a city as that place ("Haidian District")', () => {
    expect(tags('Officials in the Haidian District of Beijing said.')).toContain('haidian=Haidian');
  });
  it.each([
    // Round 5: "Herat, Afghanistan" the province where stories say "the western city of Herat".
    ['An earthquake struck the western city of Herat in Afghanistan.', 'herat-af'],
    // Invented, same shape: Kandahar the city, whichever way the province is spelled.
    ['Rockets hit the city of Herat on Friday.', 'herat-af'],
  ])('"city of X" is the town, not the province of its name: %s', (body, id) => {
    expect(placesOf(body).find((place) => place.tag.startsWith(`${id}=`))?.kind).toBe('city');
  });
  it('takes the city over the province of its name in a plain mention, ten times as notable', () => {
    expect(tags('Fighting continued in Herat, officials in Kabul said.')).toContain(
      'herat-af=Herāt',
    );
  });
  it('reads the word for the place before its name as a cue', () => {
    expect(
      findPlaceCues(
        // Round 5: "the state of Oaxaca"; the rest invented, same shape.
        'Floods hit the state of Oaxaca. The western city of Herat was calm. A bridge in the province of Sindh fell.',
      ).map((cue) => `${cue.kind}:${cue.name}:${cue.feature}`),
    ).toEqual(['area:Oaxaca:State', 'settlement:Herat:City', 'area:Sindh:Province']);
  });
  it('prefers a city over the province of its name only within one country (Cornwall stays England)', () => {
    // Whole-corpus import (2026-12-03 judging): Live 8 "In Cornwall" in a story naming Ontario too.
    expect(
      tags('London, England. Crowd: 200,000. In Cornwall. Crowd: 5,000. Barrie, Ontario.'),
    ).toContain('cornwall=Cornwall, United Kingdom');
  });
  it('reads no area in an institution named after it in lower case ("District hospital")', () => {
    // Whole-corpus import: "Leulumoega District hospital"; the second one invented.
    expect(
      findPlaceCues('Leulumoega District hospital reopened. The Gulu district court sat.'),
    ).toEqual([]);
  });
  it('keeps a country after "the state of" ("the state of Israel")', () => {
    expect(tags('He said the state of Israel would respond.')).toContain('israel=Israel');
  });
});
