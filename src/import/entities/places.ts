/**
 * Which place a place name in a story means, and whether it means a place at all. A name
 * is tagged only with evidence, strongest first: a registry alias (a person decided); the
 * story naming the place's country or a region or city in it; or the place known on its
 * own (a country, major region, capital or city of a million people, unless its name is an
 * ordinary English word). A name several places share is decided by the story's evidence
 * (place-choice.ts); where that is thin, the decision goes to the editor's review.
 */
import { isCommonWord, isGivenName, isKnownSurname } from './lexicon';
import type { GazetteerPlace } from '../../lib/entities/gazetteer';
import {
  choosePlace,
  COUNTRY_POINTS,
  REGION_POINTS,
  regionKeys,
  type PlaceChoice,
  type StoryEvidence,
} from './place-choice';
import {
  DOMINANCE_RATIO,
  dominantPlace,
  WELL_KNOWN_REGION_COUNTRIES,
} from '../../lib/entities/place-notability';

const MILLION = 1_000_000;
/** A city this large that no person is named after is known by name alone: Rotterdam, Leipzig. */
const LARGE_CITY = 500_000;
/** A town this large, or a regional capital, is news in its own right: the story's country may choose it. */
const NOTABLE_TOWN_POPULATION = 50_000;

function isNotableOnItsOwn(place: GazetteerPlace): boolean {
  return place.kind === 'city' && (place.population >= NOTABLE_TOWN_POPULATION || place.capital);
}

export interface PlaceMention {
  name: string;
  /** In the title, or in "City, Country": a mention a reader would not call passing. */
  prominent?: boolean;
  start: number;
  end: number;
  /** The name starts a sentence, where any word is capitalised. */
  sentenceStart: boolean;
  /** What follows ", " after the name, which may say where it is: "Ontario" in "Hamilton, Ontario police". */
  qualifier?: string | undefined;
  /** "China's": a possessive, the way a story mentions a country it takes for granted. */
  possessive?: boolean;
  /** The story says what the place is ("Ha Giang Province", "Hunan province"): a region or district, not a country. */
  cued?: boolean;
  /** The story says it is a town ("the city of Herat"): not the province or district of its name. */
  settlement?: boolean;
}

/** A dateline's place and what follows it: "HAMILTON, Ontario (AP) —" gives Hamilton and Ontario. */
export interface DatelinePlace {
  place: string;
  region?: string | undefined;
}

/** How a name several places share was decided in one story, for the editor's review. */
export interface ContestedPlace {
  name: string;
  choice: PlaceChoice;
}

/**
 * "based in Nokia, Finland": a region or country after ", " says where the name is. "Halifax,
 * HSBC and John Lewis" is a list going on, which says nothing of where Halifax is.
 */
export function saysWhereItIs(text: string, end: number, resolver: PlaceResolver): boolean {
  const qualifier = qualifierAfter(text, end);
  return qualifier !== undefined && containersNamed(qualifier, resolver).length > 0;
}

/** Up to four capitalised words after ", ": "Ontario", "New Zealand", "Mass.". */
export function qualifierAfter(text: string, end: number): string | undefined {
  return /^, ((?:\p{Lu}[\p{L}.'’-]*)(?: \p{Lu}[\p{L}.'’-]*){0,3})/u
    .exec(text.slice(end, end + 60))?.[1]
    ?.replace(/['’]s$/, '');
}

export interface PlaceResolver {
  placeById(id: string): GazetteerPlace | undefined;
  /** Ids a name can mean, best-known first. */
  candidates(name: string): readonly string[];
  /** The place a registry alias names, decided by a person. */
  aliasTarget(name: string): string | undefined;
  /** A country's names, as a place's qualifier may write them: "New Zealand", "UK". */
  countryNames(code: string): readonly string[];
}

function knownOnItsOwn(place: GazetteerPlace, name: string): boolean {
  const ordinary = isOrdinaryName(name);
  if (place.kind === 'country' || place.curated || place.nation) return true;
  if (place.kind === 'region' && place.population === 0)
    return !ordinary && WELL_KNOWN_REGION_COUNTRIES.has(place.country ?? '');
  return (
    !ordinary &&
    (place.population >= MILLION ||
      (place.capital && place.population >= 100_000) ||
      (place.population >= LARGE_CITY && !isPersonalName(name)))
  );
}

/** "Austin", "Charlotte", "Lincoln": a name people bear as well as cities. */
const isPersonalName = (name: string) =>
  name.split(' ').some((word) => isGivenName(word) || isKnownSurname(word));

/** Place names that are everyday words: "March", "Police", "Reading", "Nice", "Surprise". */
const ORDINARY_PLACE_NAMES = new Set([
  'March',
  'Police',
  'Reading',
  'Nice',
  'Mobile',
  'Split',
  'Male',
  'Union',
  'Of',
  'Bath',
  'Hope',
  'Surprise',
  'Central',
  'Independence',
  'Liberty',
  'Victoria',
  'Orange',
  'Marathon',
  'Mercury',
  'Eagle',
  'Buffalo',
  'Phoenix',
  'Enterprise',
  'Commerce',
  'Progress',
  'Unity',
  'Concord',
  'Opportunity',
  'Parade',
  'Deal',
  'Sale',
  'Battle',
  'Crawley',
  'Gap',
  'Wells',
  'Chester',
]);

/** A one-word name that is also an everyday word; one written in capitals ("US") is an abbreviation, not the word "us". */
function isOrdinaryName(name: string): boolean {
  return (
    !name.includes(' ') &&
    !/^\p{Lu}{2,}$/u.test(name) &&
    (ORDINARY_PLACE_NAMES.has(name) || isCommonWord(name))
  );
}

/** The places a name can mean, best-known first. */
function placesNamed(resolver: PlaceResolver, name: string): GazetteerPlace[] {
  return resolver
    .candidates(name)
    .map((id) => resolver.placeById(id))
    .filter((place): place is GazetteerPlace => place !== undefined);
}

/** The places a name can mean, when it can mean more than one and none owns the bare name. */
function contestedCandidates(name: string, resolver: PlaceResolver): GazetteerPlace[] | undefined {
  if (resolver.aliasTarget(name)) return undefined;
  const places = placesNamed(resolver, name);
  return places.length > 1 && !dominantPlace(places) ? places : undefined;
}

/**
 * Resolves every mention of a story to a place id (or drops it). Returns ids with
 * their mention counts, in order of first mention. `contested` receives how each
 * name that several places share was decided.
 */
export function resolvePlaces(
  mentions: PlaceMention[],
  resolver: PlaceResolver,
  dateline?: string | DatelinePlace,
  contested?: ContestedPlace[],
  demonyms: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const datelinePlace = typeof dateline === 'string' ? { place: dateline } : dateline;
  // Countries and regions the story is evidently about: named countries and
  // regions, and those of places that are known on their own (a capital names its
  // country). A name several places share is evidence of none of them.
  const contextCountries = new Set<string>();
  const contextRegions = new Set<string>();
  const nearbyCountries = new Set<string>();
  // Which names gave each piece of evidence: "Tripoli" read as Libya's capital is no evidence
  // for deciding "Tripoli" itself.
  const givenBy = new Map<string, Set<string>>();
  const note = (key: string, name: string) =>
    givenBy.set(key, (givenBy.get(key) ?? new Set()).add(name));
  const evidenceFrom = (place: GazetteerPlace, name: string) => {
    if (place.country) contextCountries.add(place.country);
    evidenceFromNearby(place, name);
  };
  const evidenceFromNearby = (place: GazetteerPlace, name: string) => {
    if (place.country) {
      nearbyCountries.add(place.country);
      note(`country:${place.country}`, name);
    }
    for (const key of regionKeys(place)) {
      contextRegions.add(key);
      note(`region:${key}`, name);
    }
  };
  const givenByOthers = (key: string, name: string) =>
    [...(givenBy.get(key) ?? [])].some((giver) => giver !== name);
  for (const mention of mentions) {
    const alias = resolver.aliasTarget(mention.name);
    const ids = resolver.candidates(mention.name);
    // An ambiguous name ("Georgia": a country and a US state) is no evidence of either; a
    // territory listed as a region of another country too (Hong Kong) is one place.
    if (
      !alias &&
      ids.some((id) => {
        const place = resolver.placeById(id);
        return place?.kind === 'region' && !place.alsoCountry;
      }) &&
      ids.some((id) => resolver.placeById(id)?.kind === 'country')
    )
      continue;
    if (contestedCandidates(mention.name, resolver)) continue;
    const first = resolver.placeById(alias ?? ids[0] ?? '');
    if (
      first &&
      (alias ||
        (first.kind === 'country' && !mention.sentenceStart) ||
        knownOnItsOwn(first, mention.name))
    )
      evidenceFrom(first, mention.name);
    // "Badalona" names one place only: evidence enough of where "Barcelona" is, if not a tag on its own.
    else if (first && ids.length === 1) evidenceFromNearby(first, mention.name);
  }
  const datelineRegion = datelinePlace?.region
    ? resolver.placeById(
        resolver.aliasTarget(datelinePlace.region) ??
          resolver.candidates(datelinePlace.region)[0] ??
          '',
      )
    : undefined;
  if (
    datelineRegion &&
    (datelineRegion.kind === 'country' ||
      datelineRegion.kind === 'region' ||
      datelineRegion.region === datelineRegion.name)
  )
    evidenceFrom(datelineRegion, datelinePlace?.region ?? '');
  /** What the story says about where a name is; `others`: only what names other than it say. */
  const evidenceFor = (name: string, others = false): StoryEvidence => ({
    qualifiers: [
      ...mentions
        .filter((mention) => mention.name === name && mention.qualifier)
        .map((mention) => mention.qualifier!),
      ...(datelinePlace?.place === name && datelinePlace.region ? [datelinePlace.region] : []),
    ],
    countries: others
      ? new Set([...nearbyCountries].filter((key) => givenByOthers(`country:${key}`, name)))
      : nearbyCountries,
    regions: others
      ? new Set([...contextRegions].filter((key) => givenByOthers(`region:${key}`, name)))
      : contextRegions,
    demonyms,
  });
  // A name several places share is decided once per story, from all its mentions.
  // null: the name is not one several places share, and the rules above decide.
  const decided = new Map<string, GazetteerPlace | undefined | null>();
  const decide = (name: string): GazetteerPlace | undefined | null => {
    if (!decided.has(name)) decided.set(name, decideByEvidence(name));
    return decided.get(name);
  };
  const countryNames = (code: string) => resolver.countryNames(code);
  const decideByEvidence = (name: string): GazetteerPlace | undefined | null => {
    const places = placesNamed(resolver, name);
    if (resolver.aliasTarget(name) || places.length < 2) return null;
    const choice = choosePlace(places, evidenceFor(name), countryNames);
    const dominant = dominantPlace(places);
    // "London, Ontario", or Windsor in a story about England: evidence of the region
    // outweighs the best-known claimant of the name.
    const overrides =
      !choice.thin && choice.chosen !== dominant && (choice.scored[0]?.score ?? 0) >= REGION_POINTS;
    // "Wellington, NZ": something written beside the name that is no region or country the
    // gazetteer knows still says where it is; the country of the story's other names does not.
    const unreadQualifier = evidenceFor(name).qualifiers.some(
      (qualifier) => containersNamed(qualifier, resolver).length === 0,
    );
    if (dominant && !overrides) {
      const byCountry = unreadQualifier
        ? undefined
        : countryOverride(places, dominant, evidenceFor(name, true), countryNames);
      if (byCountry) contested?.push({ name, choice: byCountry });
      return byCountry && !byCountry.thin ? byCountry.chosen : null;
    }
    contested?.push({ name, choice });
    return choice.chosen;
  };
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  // Once the story has said where a town is, no mention of its name is one of the towns elsewhere.
  const contradicted = new Set(
    mentions
      .filter((mention) => contradictedByQualifier(mention, resolver))
      .map((mention) => mention.name),
  );
  for (const mention of mentions) {
    const alias = resolver.aliasTarget(mention.name);
    if (alias) {
      add(alias);
      continue;
    }
    const ordinary = isOrdinaryName(mention.name);
    if (ordinary && mention.sentenceStart && !mention.cued) continue;
    if (contradicted.has(mention.name)) continue;
    // "the city of Herat": the story says it is a town, so the one town of the name is meant.
    const town = mention.settlement ? onlyTown(resolver, mention.name) : undefined;
    if (town) {
      add(town.id);
      continue;
    }
    // "the Town of Devon" (Alberta): a name the gazetteer has only for provinces is none of them here.
    const named = placesNamed(resolver, mention.name);
    if (mention.settlement && named.length > 0 && named.every(isAreaOnly)) continue;
    // "Hunan Province": the story says it is an area, so the areas of the name are the candidates;
    // "a former province of Georgia" may say so of another place, so a country's name is decided
    // by the story's evidence.
    const alsoCountry = placesNamed(resolver, mention.name).some(
      (place) => place.kind === 'country',
    );
    const byEvidenceFirst = mention.cued && alsoCountry ? decide(mention.name) : null;
    if (byEvidenceFirst) {
      add(byEvidenceFirst.id);
      continue;
    }
    if (mention.cued) {
      const area = cuedArea(resolver, mention.name, contextCountries);
      if (area) add(area.id);
      continue;
    }
    const byEvidence = decide(mention.name);
    if (byEvidence !== null) {
      if (byEvidence) add(byEvidence.id);
      continue;
    }
    const places = placesNamed(resolver, mention.name);
    // The Marshall Islands, Guam: a territory listed as a region of another country too is the country.
    const inContextPlaces = places.filter(
      (place) =>
        place.kind !== 'country' && !place.alsoCountry && contextCountries.has(place.country ?? ''),
    );
    // "Herat" in a story about Afghanistan: the city, ten times as notable as the province of
    // its name; a namesake in another country of the story (Cornwall, Ontario) is not preferred.
    const inContext =
      inContextPlaces[0] &&
      (dominantPlace(
        inContextPlaces.filter((place) => place.country === inContextPlaces[0]!.country),
      ) ??
        inContextPlaces[0]);
    const country = places.find((place) => place.kind === 'country');
    // Puerto Rico in a story that names Argentina is still Puerto Rico: a territory is its country.
    const countryHasOwnEvidence =
      country !== undefined &&
      (contextCountries.has(country.country ?? '') || places.some((place) => place.alsoCountry));
    // Florida in a story that names Puerto Rico (and its town of Florida) but not the US is
    // still the state: a region readers know by name that owns the name is not a lesser
    // namesake of the story's countries, which the evidence above did not choose.
    const dominant = dominantPlace(places);
    const knownRegion =
      dominant?.kind === 'region' && knownOnItsOwn(dominant, mention.name) ? dominant : undefined;
    const chosen =
      (inContext && !countryHasOwnEvidence ? (knownRegion ?? inContext) : country) ??
      inContext ??
      places.find((place) => knownOnItsOwn(place, mention.name));
    if (chosen) add(chosen.id);
  }
  // The dateline is where the story was filed: a place of the story, listed after those it names.
  if (datelinePlace) {
    const byEvidence = resolver.aliasTarget(datelinePlace.place)
      ? null
      : decide(datelinePlace.place);
    const id =
      byEvidence === null
        ? (resolver.aliasTarget(datelinePlace.place) ??
          firstInItsCountry(resolver, datelinePlace.place)?.id)
        : byEvidence?.id;
    if (id) add(id);
  }
  // "NAJAF, Iraq": the country or region the dateline writes after its place is one of the story's too.
  const datelineContainer =
    datelineRegion && (datelineRegion.kind === 'country' || datelineRegion.kind === 'region')
      ? datelineRegion
      : undefined;
  if (datelineContainer) add(datelineContainer.id);
  // A country named once as a place ("in Peru") is a place of the story; only the possessive
  // in passing ("China's") is implied by the places inside it.
  // The dateline is as prominent as a mention gets.
  const named = new Set(
    mentions
      .filter((mention) => mention.prominent || !mention.possessive)
      .map((mention) => mention.name),
  );
  if (datelinePlace) named.add(datelinePlace.place);
  if (datelineContainer) named.add(datelineContainer.name);
  return dropImpliedCountries(counts, resolver, named);
}

/**
 * A country alone, named by the story's other places (not by the name itself, which as
 * Libya's capital would be evidence of Libya), outweighs the best-known claimant only for a
 * claimant notable in its own right, against a best-known city in whose country the story
 * names nothing and which owes its fame to being a capital more than to its size: Tripoli
 * in a story about Lebanon, not London in one about Canada; never a province readers know
 * by name (Ontario). Where the country points away from a claimant too large to give way,
 * San Antonio in a story about Chile, the best-known claimant stays and an editor should look.
 */
function countryOverride(
  places: readonly GazetteerPlace[],
  dominant: GazetteerPlace,
  others: StoryEvidence,
  countryNames: (code: string) => readonly string[],
): PlaceChoice | undefined {
  const choice = choosePlace(places, others, countryNames);
  const leader = choice.scored[0];
  const dominantScore = choice.scored.find((entry) => entry.place === dominant)?.score ?? 0;
  if (
    !leader ||
    leader.place === dominant ||
    choice.thin ||
    leader.score < COUNTRY_POINTS ||
    dominantScore >= 0 ||
    dominant.kind !== 'city'
  )
    return undefined;
  const givesWay =
    isNotableOnItsOwn(leader.place) &&
    dominant.population < DOMINANCE_RATIO * leader.place.population;
  return givesWay ? choice : { ...choice, chosen: dominant, thin: true };
}

/** The countries and regions a qualifier begins with: "Quebec" of "Quebec. U.S. President". */
export function containersNamed(qualifier: string, resolver: PlaceResolver): GazetteerPlace[] {
  const words = qualifier.split(' ');
  for (let n = Math.min(words.length, 4); n > 0; n -= 1) {
    const name = words.slice(0, n).join(' ').replace(/\.$/, '');
    const alias = resolver.aliasTarget(name);
    const containers = (alias ? [alias] : resolver.candidates(name))
      .map((id) => resolver.placeById(id))
      .filter(
        (place): place is GazetteerPlace => place?.kind === 'country' || place?.kind === 'region',
      );
    if (containers.length > 0) return containers;
  }
  return [];
}

function liesIn(place: GazetteerPlace, container: GazetteerPlace): boolean {
  if (place.country !== container.country) return false;
  if (container.kind === 'country') return true;
  const keys = new Set(regionKeys(container));
  return regionKeys(place).some((key) => keys.has(key));
}

/**
 * "Montebello, Quebec", "Antioch, Illinois" where the gazetteer knows only towns of the name
 * elsewhere: the region or country written beside a town says it is none of them. A name
 * that can be a country, or a region of the qualifier's country, is exempt, since lists of
 * them ("Spain, France", "Ontario, Quebec") look alike.
 */
export function contradictedByQualifier(mention: PlaceMention, resolver: PlaceResolver): boolean {
  if (!mention.qualifier || resolver.aliasTarget(mention.name)) return false;
  const places = placesNamed(resolver, mention.name);
  if (places.length === 0 || places.some((p) => p.kind === 'country')) return false;
  const containers = containersNamed(mention.qualifier, resolver);
  // "Berea, Kentucky": Berea, Lesotho being a region does not make this a list of regions,
  // which name regions of one country ("Ontario, Quebec") or ones known on their own
  // ("England, Scotland, Ireland").
  if (
    places.some(
      (place) =>
        place.kind === 'region' &&
        (containers.length === 0 ||
          place.nation === true ||
          WELL_KNOWN_REGION_COUNTRIES.has(place.country ?? '') ||
          containers.some((container) => container.country === place.country)),
    )
  )
    return false;
  return (
    containers.length > 0 &&
    !places.some((place) => containers.some((container) => liesIn(place, container)))
  );
}

/**
 * The best-known claimant's place of a name, and of its namesakes in the same country the
 * one ten times as notable: "BAGHDAD" is the city, as in the story's text, not the province.
 */
function firstInItsCountry(resolver: PlaceResolver, name: string): GazetteerPlace | undefined {
  const places = placesNamed(resolver, name);
  const first = places[0];
  if (!first || first.kind === 'country') return first;
  return dominantPlace(places.filter((place) => place.country === first.country)) ?? first;
}

/**
 * A region without a town in the same entry (Devon; not Liverpool, borough and city). A country
 * is none: "a fishing village of Norway" says where the village is.
 */
const isAreaOnly = (place: GazetteerPlace) =>
  place.kind === 'district' || (place.kind === 'region' && place.population === 0);

/** The one town among the places of a name that also names areas (a province of its name is one). */
function onlyTown(resolver: PlaceResolver, name: string): GazetteerPlace | undefined {
  const places = placesNamed(resolver, name);
  // Liverpool the borough is one entry with the city it is named after: a town too.
  const towns = places.filter(
    (place) => place.kind === 'city' || (place.kind === 'region' && place.population > 0),
  );
  return towns.length === 1 && places.length > 1 ? towns[0] : undefined;
}

/** The area a cued name means: a region or district before a town, one in the story's countries first. */
function cuedArea(
  resolver: PlaceResolver,
  name: string,
  contextCountries: ReadonlySet<string>,
): GazetteerPlace | undefined {
  const all = placesNamed(resolver, name);
  const places = all.filter((place) => place.kind !== 'country');
  // "the state of Israel": a name that is a country only is that country.
  if (places.length === 0) return all[0];
  const isArea = (place: GazetteerPlace) =>
    place.kind === 'region' || place.kind === 'district' || place.region === place.name;
  const inContext = (place: GazetteerPlace) => contextCountries.has(place.country ?? '');
  // "Somerset County, Pennsylvania" is neither Somerset in England nor a town: an area
  // abroad needs a story naming no other country, and a town stands in only where no area has the name.
  const abroad = (place: GazetteerPlace) => contextCountries.size > 0 && !inContext(place);
  const area =
    places.find((place) => isArea(place) && inContext(place)) ??
    places.find((place) => isArea(place) && !abroad(place));
  if (area || places.some(isArea)) return area;
  return places.find(inContext) ?? places[0];
}

/**
 * A country named once, only as a possessive, in a story about places inside it is
 * implied by them ("China's" in a story about Hunan): the editor's rule the seed follows.
 */
function dropImpliedCountries(
  counts: Map<string, number>,
  resolver: PlaceResolver,
  named: Set<string>,
): Map<string, number> {
  const innerPlaces = new Map<string, number>();
  for (const id of counts.keys()) {
    const place = resolver.placeById(id);
    if (place && place.kind !== 'country' && place.country)
      innerPlaces.set(place.country, (innerPlaces.get(place.country) ?? 0) + 1);
  }
  for (const [id, count] of counts) {
    const place = resolver.placeById(id);
    if (
      place?.kind !== 'country' ||
      count > 1 ||
      named.has(place.name) ||
      place.aliases.some((alias) => named.has(alias))
    )
      continue;
    if ((innerPlaces.get(place.country ?? '') ?? 0) >= 2) counts.delete(id);
  }
  return counts;
}
