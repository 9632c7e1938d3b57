/**
 * Turns a story's place cues (place-cues.ts) into places, next to its gazetteer matches:
 * a lake or an island is a place of its own and hides the town in its name ("Lake Taupo"
 * is not Taupo); a river hides the place names in it; an area cue confirms a gazetteer
 * match as a region or district ("Ha Giang Province"), finds a lesser GeoNames place, or
 * makes one from the story's words alone; and "Chivay, Arequipa" places a lesser place by
 * the region or country after it.
 */
import type { NameMatch } from '../../lib/entities/name-matcher';
import { isEnglishWord } from './english-words';
import { isCalendarWord } from '../../lib/entities/tagging-rules';
import { isGivenName, isGroupWord, isKnownSurname } from './lexicon';
import { slugify } from '../../lib/slug';
import { plainLetters, type GazetteerPlace, type PlaceKind } from '../../lib/entities/gazetteer';
import type { LocalPlaces } from './local-places';
import { isBareName, isNewAreaName, type PlaceCue } from './place-cues';
import { isContinentName } from './knowledge';
import { TITLE_BEFORE_NAME } from './name-patterns';
import type { PlaceResolver } from './places';
import { largePlaceMisspelt } from './misspelt-places';

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** What an area cue's word says the place is. */
const REGION_WORDS =
  /^(?:Province|Region|State|Oblast|Governorate|Emirate|Prefecture|province|region|governorate|prefecture)$/;

/** Words for an administrative division, which a town of the same name is not: "Tarrant County", "the Ural region". */
const DIVISION_WORDS =
  /^(?:Province|Region|State|Oblast|Governorate|Emirate|County|Prefecture|province|region|governorate|county|prefecture)$/;

/**
 * Whether a gazetteer match can be the area its cue names: any place for "district" or
 * "village", but a county, province or region only for a region or district, never the
 * town that shares its name (Tarrant, Alabama is not Tarrant County, Texas).
 */
function canBeTheArea(cue: PlaceCue, matchId: string, resolver: PlaceResolver): boolean {
  const places = resolver.candidates(matchId).map((id) => resolver.placeById(id));
  // "the Tinsukia district": a town of its own (not a part of a city, not its province's
  // capital) is not the district named after it.
  if (/^[Dd]istrict$/.test(cue.feature))
    return places.some(
      (place) => place?.kind !== 'city' || place.partOfCity === true || place.region === place.name,
    );
  if (!DIVISION_WORDS.test(cue.feature)) return true;
  // A capital that is its own province in the gazetteer (Ha Giang) is one tag for both.
  return (
    places.every((place) => place?.kind !== 'city' || place.region === place.name) ||
    places.some((place) => place?.kind === 'region' || place?.kind === 'district')
  );
}

export interface CuedPlace {
  place: GazetteerPlace;
  start: number;
}

export interface CuePlan {
  /** Gazetteer matches that name no place of their own here (inside a lake's, an island's or a river's name). */
  hidden: Span[];
  /** Start offsets of gazetteer matches that an area cue confirms ("Hunan" of "Hunan Province"). */
  confirmedAreas: Set<number>;
  /** Start offsets of gazetteer matches that a settlement cue confirms ("Herat" of "the city of Herat"). */
  confirmedSettlements: Set<number>;
  /** A name that, in this story, is the island the story named ("Tenerife", "Olkhon"). */
  islandNames: Map<string, GazetteerPlace>;
  /** The lakes and islands the story names. */
  waterAndIslands: CuedPlace[];
  /** Area cues no gazetteer match accounts for, to resolve once the story's countries are known. */
  open: PlaceCue[];
}

/** A city that readers know, more than the island named after it or after which it is named. */
export const LARGE_CITY_POPULATION = 100_000;

/** The story names the large city's region or country: "Vancouver" beside British Columbia, not Pemba (Mozambique) off Zanzibar. */
function isLargeCityHere(
  name: string,
  matches: readonly NameMatch[],
  resolver: PlaceResolver,
): boolean {
  return resolver.candidates(name).some((id) => {
    const place = resolver.placeById(id);
    if (place?.kind !== 'city' || place.population < LARGE_CITY_POPULATION) return false;
    const containers = [
      place.region,
      ...(place.country ? resolver.countryNames(place.country) : []),
    ];
    return matches.some((match) => containers.includes(match.id));
  });
}

/** An id for a place a cue makes: its slug, unless another place has it ("Ibiza" the town). */
function idFor(name: string, kind: PlaceKind, resolver: PlaceResolver, local: LocalPlaces): string {
  const base = slugify(name);
  const existing = resolver.placeById(base);
  if (
    existing
      ? existing.kind === kind && existing.name === name
      : local.lookup(name).every((place) => place.id !== base)
  )
    return base;
  return `${base}-${kind}`;
}

function madePlace(
  name: string,
  kind: PlaceKind,
  resolver: PlaceResolver,
  local: LocalPlaces,
): GazetteerPlace {
  const id = idFor(name, kind, resolver, local);
  return resolver.placeById(id) ?? { id, name, kind, aliases: [], population: 0, capital: false };
}

/**
 * Phase 1, before the gazetteer matches are resolved: which matches the cues hide
 * or confirm, the lakes and islands, and the area cues that stand on their own.
 */
export function planCues(
  cues: readonly PlaceCue[],
  matches: readonly NameMatch[],
  resolver: PlaceResolver,
  local: LocalPlaces,
): CuePlan {
  const plan: CuePlan = {
    hidden: [],
    confirmedAreas: new Set(),
    confirmedSettlements: new Set(),
    islandNames: new Map(),
    waterAndIslands: [],
    open: [],
  };
  for (const cue of cues) {
    const exact = matches.find((match) => match.start <= cue.start && cue.end <= match.end);
    // "on Sicily", "off County Donegal": the gazetteer or registry says what a weakly cued name is.
    if (cue.weak && matches.some((match) => overlaps(match, cue))) continue;
    if (cue.kind === 'river') {
      plan.hidden.push(cue);
      continue;
    }
    const base = matches.find(
      (match) => match.start === cue.baseStart && match.end === cue.baseStart + cue.base.length,
    );
    if (cue.kind === 'settlement') {
      if (base) plan.confirmedSettlements.add(base.start);
      continue;
    }
    if (cue.kind === 'area') {
      // "the state of Israel": a country is no area of one.
      if (
        base &&
        cue.wordFirst &&
        resolver.candidates(base.id).some((id) => resolver.placeById(id)?.kind === 'country')
      )
        continue;
      if (base && canBeTheArea(cue, base.id, resolver)) plan.confirmedAreas.add(base.start);
      else if (base) {
        plan.hidden.push(base);
        plan.open.push({ ...cue, knownName: true });
      } else if (!exact) plan.open.push(cue);
      continue;
    }
    // A lake or island the gazetteer or registry knows by its full name ("Rhode Island",
    // "Prince Edward Island", a registered "Lake Baikal") is matched as itself; so is an
    // island that is a region of its own ("the island of Madeira").
    if (exact) {
      const kinds = resolver.candidates(exact.id).map((id) => resolver.placeById(id)?.kind);
      if (
        exact.end - exact.start > cue.base.length ||
        kinds.includes(cue.kind) ||
        kinds[0] === 'region' ||
        kinds[0] === 'country'
      )
        continue;
    }
    const place = madePlace(cue.name, cue.kind, resolver, local);
    plan.hidden.push(cue);
    plan.waterAndIslands.push({ place, start: cue.start });
    // "Vancouver Island … commuting to Vancouver": a bare name that a large city of the story's
    // region or country owns is the city.
    if (
      cue.kind === 'island' &&
      !plan.islandNames.has(cue.base) &&
      !isLargeCityHere(cue.base, matches, resolver)
    )
      plan.islandNames.set(cue.base, place);
  }
  return plan;
}

/**
 * Phase 2: the open area cues as places, given the countries the story's other
 * places are in (a district is looked up in them first).
 */
export function placesFromCues(
  open: readonly PlaceCue[],
  storyCountries: ReadonlySet<string>,
  resolver: PlaceResolver,
  local: LocalPlaces,
  storyPlaces: readonly GazetteerPlace[] = [],
): CuedPlace[] {
  const found: CuedPlace[] = [];
  for (const cue of open) {
    // A lesser place is a town or a city district, never the county or province of its name; a
    // lower-case "region" ("the Pacific region") is too vague to make a town of the story's country.
    const lesser = DIVISION_WORDS.test(cue.feature)
      ? undefined
      : lesserPlaceHere(local.lookup(cue.base), storyCountries, storyPlaces);
    if (lesser) found.push({ start: cue.start, place: lesser });
    else if (isNewAreaName(cue))
      found.push({
        start: cue.start,
        place: madePlace(
          // A county goes by "Hudson County": "Hudson" alone is the town; so does a district
          // named after a town ("Tinsukia District").
          /^[Cc]ounty$/.test(cue.feature)
            ? cue.wordFirst
              ? `County ${cue.base}`
              : `${cue.base} County`
            : /^[Dd]istrict$/.test(cue.feature) && resolver.candidates(cue.base).length > 0
              ? `${cue.base} District`
              : cue.base,
          REGION_WORDS.test(cue.feature) ? 'region' : 'district',
          resolver,
          local,
        ),
      });
  }
  return found;
}

/**
 * The lesser place of a name in the story's countries. Where the story names places of that
 * country with regions, one in a region of theirs or near one of them: "Chaoyang District" in
 * a story about Beijing is none of the Chaoyangs of Shanxi or Heilongjiang, and is better
 * made from the story's words than filed as one of them.
 */
function lesserPlaceHere(
  candidates: readonly GazetteerPlace[],
  storyCountries: ReadonlySet<string>,
  storyPlaces: readonly GazetteerPlace[],
): GazetteerPlace | undefined {
  return candidates.find((place) => {
    if (!storyCountries.has(place.country ?? '')) return false;
    const placed = storyPlaces.filter(
      (other) => other.country === place.country && other.kind !== 'country' && other.region,
    );
    return (
      placed.length === 0 ||
      placed.some(
        (other) =>
          (place.region !== undefined && sameRegionName(other.region!, place.region)) ||
          (located(place) && located(other) && kilometres(place, other) <= NEARBY_KM),
      )
    );
  });
}

/**
 * "Chivay, Arequipa", "Apalachicola, Florida": a capitalised name right before a
 * comma and a region or country of the story is a lesser place in it, if GeoNames
 * has a place of that name there.
 */
export function placesBeforeContainers(
  text: string,
  matches: readonly NameMatch[],
  taken: readonly Span[],
  resolver: PlaceResolver,
  local: LocalPlaces,
): CuedPlace[] {
  const found: CuedPlace[] = [];
  for (const match of matches) {
    const before =
      /(?:^|[^\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}), $/u.exec(
        text.slice(Math.max(0, match.start - 60), match.start),
      );
    if (!before) continue;
    const name = before[1]!;
    const start = match.start - 2 - name.length;
    const span = { start, end: start + name.length };
    if (taken.some((other) => overlaps(other, span))) continue;
    if (!isPlausibleTownName(name)) continue;
    const containers = resolver
      .candidates(match.id)
      .map((id) => resolver.placeById(id))
      .filter((place) => place?.kind === 'country' || place?.kind === 'region');
    const countries = new Set(containers.map((place) => place!.country));
    // "Berea, Kentucky": the town in that region, not a larger one elsewhere in the country;
    // after a country ("Mbour, Senegal") any town of the name there.
    const inRegion = (place: GazetteerPlace) =>
      containers.some(
        (container) =>
          container?.kind === 'region' &&
          container.country === place.country &&
          ((container.regionCode !== undefined && container.regionCode === place.regionCode) ||
            (place.region !== undefined &&
              plainLetters(container.name) === plainLetters(place.region))),
      );
    const towns = local.lookup(name);
    const lesser = containers.some((container) => container?.kind === 'region')
      ? towns.find(inRegion)
      : towns.find((place) => countries.has(place.country));
    if (lesser) found.push({ start, place: lesser });
  }
  return found;
}

/**
 * A name that, without a word saying what it is, may be a small town: not only everyday
 * words, given names or surnames ("White House", "Hill"), no month, no nationality.
 */
function isPlausibleTownName(name: string): boolean {
  const words = name.split(/[ -]/);
  return (
    !words.some((word) => isCalendarWord(word) || isGroupWord(word)) &&
    !words.every((word) => isEnglishWord(word) || isGivenName(word) || isKnownSurname(word))
  );
}

/** "Xinjiang Uygur Autonomous Region" and GeoNames' "Xinjiang", "Lagos State" and "Lagos": one region. */
function sameRegionName(storyName: string, geoNamesName: string): boolean {
  const story = plainLetters(storyName);
  const geoNames = plainLetters(geoNamesName);
  return story === geoNames || story.startsWith(`${geoNames} `) || geoNames.startsWith(`${story} `);
}

/** How far from a place of the story a small town named only in passing may be. */
const NEARBY_KM = 150;

function kilometres(a: GazetteerPlace, b: GazetteerPlace): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude! - a.latitude!) * rad;
  const dLon = (b.longitude! - a.longitude!) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude! * rad) * Math.cos(b.latitude! * rad) * Math.sin(dLon / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
}

const located = (place: GazetteerPlace | undefined): place is GazetteerPlace =>
  place?.latitude !== undefined && place.longitude !== undefined;

/**
 * "a bakery in Portree", "40 km north-east of Chivay": a name after a locative preposition that GeoNames has as a
 * small town or district within 150 km of a place the story is about; a name that is
 * also an English word, a given name or a surname needs more than that.
 */
export function nearbyLesserPlaces(
  text: string,
  taken: readonly Span[],
  anchors: readonly GazetteerPlace[],
  local: LocalPlaces,
): CuedPlace[] {
  // A country has coordinates only where it is one with its capital (Hong Kong, Singapore):
  // small enough to place its districts and islands by.
  const points = anchors.filter(located);
  // A region the story names places its towns however far apart: Lerwick and Portree in
  // Scotland, Surulere in Lagos State.
  const regions = anchors.filter((place) => place.kind === 'region');
  const inNamedRegion = (place: GazetteerPlace) =>
    place.region !== undefined &&
    regions.some(
      (region) =>
        // A region a cue made ("Xinjiang Uygur Autonomous Region") has no country to compare.
        (region.country ?? place.country) === place.country &&
        sameRegionName(region.name, place.region!),
    );
  if (points.length === 0 && regions.length === 0) return [];
  const found: CuedPlace[] = [];
  // "in Positano and Amalfi": every name of a list after the preposition.
  const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}(?![\p{L}\p{M}'’-]| \p{Lu})`;
  const list = new RegExp(
    String.raw`\b(?:in|near|at|from|outside|around|to|on|(?:[Rr]esidents|[Pp]eople|[Ss]treets|[Oo]utskirts|[Ss]uburbs|(?:north|south|east|west)(?:-?(?:east|west))?) of) ${NAME}(?:(?:, | and |, and )${NAME})*`,
    'gu',
  );
  const names = [...text.matchAll(list)].flatMap((match) =>
    [...match[0].matchAll(new RegExp(NAME, 'gu'))].map((part) => ({
      text: part[0],
      index: match.index + part.index,
    })),
  );
  for (const match of names) {
    const name = match.text.replace(/['’]s$/, '');
    const start = match.index;
    const span = { start, end: start + name.length };
    if (taken.some((other) => overlaps(other, span))) continue;
    if (!isPlausibleTownName(name)) continue;
    const towns = local.lookup(name).filter(located);
    const near = towns
      .map((place) => ({ place, km: Math.min(...points.map((point) => kilometres(place, point))) }))
      .filter(({ km }) => km <= NEARBY_KM)
      .sort((a, b) => a.km - b.km)[0];
    const inRegion = near ? undefined : towns.find(inNamedRegion);
    if (near ?? inRegion) found.push({ start, place: (near?.place ?? inRegion)! });
  }
  return found;
}

/** A name in a list: one to three capitalised words, "Joal-Fadiouth", "Bao'an". */
const LIST_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}(?![\p{L}\p{M}'’-]| \p{Lu})`;

/** "Kenyais", "Scotlandis": a well-known place with "is" glued on by the corpus, unlike "Ruwais". */
function isGluedToIs(name: string, resolver: PlaceResolver): boolean {
  if (!name.endsWith('is')) return false;
  return resolver.candidates(name.slice(0, -2)).some((id) => {
    const place = resolver.placeById(id);
    return (
      place !== undefined &&
      (place.kind === 'country' ||
        place.kind === 'region' ||
        place.population >= LARGE_CITY_POPULATION)
    );
  });
}

/**
 * A name the cues made a place, though the gazetteer and registry do not know it, that is not
 * one: a word of a known person's name ("Qarase" of Laisenia Qarase, "Romney"), a title with
 * a name ("Prime Minister Tuilaepa"), or a word with "is" glued on by the corpus ("Cubais",
 * "Earthis", "Johnis"). Seen on the whole-corpus import, where the eval set has none.
 */
export function isNotAPlaceName(
  name: string,
  personWords: ReadonlySet<string>,
  resolver: PlaceResolver,
): boolean {
  if (!name.includes(' ') && personWords.has(name)) return true;
  // "King Island" is an island: a title counts only before a name, not before a landform's word.
  const endsInKind = /\b(?:Island|Islands|Isle|Lake|County|District|Province|Region|Bay|Park)$/u;
  if (!endsInKind.test(name) && TITLE_BEFORE_NAME.some((title) => name.startsWith(`${title} `)))
    return true;
  const stem = name.endsWith('is') && !name.includes(' ') ? name.slice(0, -2) : '';
  return (
    stem.length >= 3 &&
    (isEnglishWord(stem.toLowerCase()) || personWords.has(stem) || isGluedToIs(name, resolver))
  );
}

/** "Ahmadinejad said": a name that speaks is a person's. */
function speaksInStory(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    String.raw`${escaped}(?:['’]s)? (?:said|says|told|added|asked|announced)\b|\b(?:said|says) ${escaped}\b`,
    'u',
  ).test(text);
}

/**
 * "the bus stop in Mysore, Rajamma was there": a name after a bare comma that a verb follows
 * is the subject of the next clause, not the last name of a list ("in Kenya, Uganda and
 * Tanzania were" is a list: "and" joins it).
 */
function opensClause(text: string, member: Span, members: readonly Span[]): boolean {
  const previous = members[members.indexOf(member) - 1];
  return (
    previous !== undefined &&
    text.slice(previous.end, member.start) === ', ' &&
    /^ (?:was|is|were|are|has|had|have|did|does|will|would|could|can|went|came|told|saw|said|says)\b/u.test(
      text.slice(member.end, member.end + 12),
    )
  );
}

/** A list after a locative preposition: "in Lijiang, Xishuangbanna and Kunming", "to Kibera and Mathare". */
const LOCATIVE_LIST = new RegExp(
  String.raw`\b(?:in|near|at|from|to|around|between) (${LIST_NAME}(?:(?:, | and |, and )${LIST_NAME})+)`,
  'gu',
);

/**
 * "Tourism in Lijiang, Xishuangbanna and Kunming grew": a name listed after a locative
 * preposition beside places the story names is a place too, a lesser GeoNames place of the
 * story's countries if there is one, else a town known by the story's words alone. Only
 * where it may be a town name and no person or body has it.
 */
export function placesListedWithPlaces(
  text: string,
  places: readonly Span[],
  taken: readonly Span[],
  storyCountries: ReadonlySet<string>,
  personWords: ReadonlySet<string>,
  resolver: PlaceResolver,
  local: LocalPlaces,
): CuedPlace[] {
  const found: CuedPlace[] = [];
  for (const list of text.matchAll(LOCATIVE_LIST)) {
    const listStart = list.index + list[0].length - list[1]!.length;
    const members = [...list[1]!.matchAll(new RegExp(LIST_NAME, 'gu'))].map((member) => ({
      name: member[0],
      start: listStart + member.index,
      end: listStart + member.index + member[0].length,
    }));
    const isPlace = (member: Span) => places.some((place) => overlaps(place, member));
    if (!members.some(isPlace)) continue;
    for (const member of members) {
      if (isPlace(member) || taken.some((span) => overlaps(span, member))) continue;
      const words = member.name.split(' ');
      if (
        !isPlausibleTownName(member.name) ||
        !isBareName(member.name) ||
        isEnglishWord(words.at(-1)!) ||
        isContinentName(member.name) ||
        words.some((word) => personWords.has(word)) ||
        speaksInStory(text, member.name) ||
        opensClause(text, member, members)
      )
        continue;
      const lesser = local
        .lookup(member.name)
        .find((place) => storyCountries.has(place.country ?? ''));
      // Without GeoNames, only one word: "Tad Ritchie", "Hotel Gibbs" in such a list are no
      // towns; nor "Kenyais", a place with "is" glued on by the corpus.
      if (lesser) found.push({ start: member.start, place: lesser });
      else if (words.length === 1 && !isGluedToIs(member.name, resolver)) {
        const place = unknownTown(member.name, storyCountries, resolver, local);
        if (place) found.push({ start: member.start, place });
      }
    }
  }
  return found;
}

/**
 * A town known by the story's words alone, unless it is a large place of the story's
 * countries misspelt ("Mubai, India": Mumbai). Samarra, one letter from Samara, Russia, in a
 * story about Iraq is a town of its own.
 */
function unknownTown(
  name: string,
  storyCountries: ReadonlySet<string>,
  resolver: PlaceResolver,
  local: LocalPlaces,
): GazetteerPlace | undefined {
  const misspelt = largePlaceMisspelt(name, resolver, storyCountries);
  if (misspelt) return misspelt;
  return madePlace(name, 'city', resolver, local);
}

/** "Cóbuè, a Mozambican town across the water", "Hilf, the island's main town": a name and an apposition headed by a word for a settlement. */
const TOWN_APPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’.-])(${LIST_NAME}), (?:a|an|the) (?:(?:\p{L}+['’]s|\p{Ll}+|\p{Lu}\p{Ll}+(?:an|ese|ish|i))\s){0,2}(?:town|village|hamlet|township|suburb|neighbou?rhood)(?=[,.;:)]| (?:of|in|on|at|near|across|outside|off|north|south|east|west|by|with|that|where|which|whose|known|about|some|\d))`,
  'gu',
);

/**
 * A town the story says is one, in apposition: a lesser GeoNames place of the story's
 * countries if there is one, else a town known by the story's words alone.
 */
export function townsInApposition(
  text: string,
  taken: readonly Span[],
  storyCountries: ReadonlySet<string>,
  resolver: PlaceResolver,
  local: LocalPlaces,
): CuedPlace[] {
  const found: CuedPlace[] = [];
  for (const match of text.matchAll(TOWN_APPOSITION)) {
    const name = match[1]!;
    const span = { start: match.index, end: match.index + name.length };
    if (
      taken.some((other) => overlaps(other, span)) ||
      !isPlausibleTownName(name) ||
      !isBareName(name)
    )
      continue;
    const lesser = local.lookup(name).find((place) => storyCountries.has(place.country ?? ''));
    const place = lesser ?? unknownTown(name, storyCountries, resolver, local);
    if (place) found.push({ start: span.start, place });
  }
  return found;
}
