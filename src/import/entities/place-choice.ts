/**
 * Which of the places sharing a name a story means, scored from the story's own evidence
 * so that an editor can see why: 10 when the place's region or country is written beside
 * the name ("Hamilton, Ontario"); 4 when the story names its region or a place in it (for a
 * country, a place in one of its regions); 2
 * its country or a place in it; -2 when it names places in other countries but none in
 * this one's (a country itself is exempt). A lead of 2 points chooses; otherwise the choice
 * goes to the editor's review, and the story shows the leader only if it is ten times as
 * notable as every candidate with as much evidence (place-notability.ts).
 */
import { plainLetters, type GazetteerPlace } from '../../lib/entities/gazetteer';
import { dominantPlace, notability } from '../../lib/entities/place-notability';
import { REGION_ABBREVIATIONS } from './region-abbreviations';

export const QUALIFIER_POINTS = 10;
export const REGION_POINTS = 4;
export const COUNTRY_POINTS = 2;
/** How far the chosen candidate must lead the next. */
export const MARGIN = 2;

export interface StoryEvidence {
  /** What is written right after the name, or after the dateline's place: "Ontario", "Mass.". */
  qualifiers: readonly string[];
  /** ISO codes of the countries the story names or whose places it names. */
  countries: ReadonlySet<string>;
  /** Regions the story names or whose places it names, as `regionKeys` gives them. */
  regions: ReadonlySet<string>;
  /** Places whose nationality adjective the story uses: "Georgia" for "Georgian troops". */
  demonyms?: ReadonlySet<string>;
}

export interface ScoredPlace {
  place: GazetteerPlace;
  score: number;
  reasons: string[];
}

export interface PlaceChoice {
  /** Every candidate, best supported first. */
  scored: ScoredPlace[];
  /** The place the story shows, if any. */
  chosen?: GazetteerPlace | undefined;
  /** No candidate is clearly supported: the editor should look. */
  thin: boolean;
}

/** The keys a region goes by in `StoryEvidence.regions`: its ISO code and its name. */
export function regionKeys(
  place: Pick<GazetteerPlace, 'kind' | 'country' | 'name' | 'region' | 'regionCode'>,
): string[] {
  if (!place.country || place.kind === 'country') return [];
  const name = place.kind === 'region' ? place.name : place.region;
  const keys: string[] = [];
  if (place.regionCode) keys.push(`${place.country}|#${place.regionCode}`);
  if (name) keys.push(`${place.country}|${plainLetters(name)}`);
  return keys;
}

/** "Ontario" in "Ontario police said", "Mass." in "Mass., on Monday": the qualifier begins with the name. */
function writtenFirst(qualifier: string, name: string): boolean {
  if (!qualifier.startsWith(name)) return false;
  const next = qualifier[name.length];
  return next === undefined || !/[\p{L}\p{N}]/u.test(next) || name.endsWith('.');
}

/** Names that may stand beside a place to say where it is: its region's (with abbreviations), its country's. */
function qualifierNames(
  place: GazetteerPlace,
  countryNames: (code: string) => readonly string[],
): string[] {
  if (place.kind === 'country' || !place.country) return [];
  const names: string[] = [...countryNames(place.country)];
  if (place.kind === 'city') {
    if (place.region)
      names.push(place.region, place.region.replace(/ (?:Region|Province|State|Prefecture)$/, ''));
    if (place.regionCode)
      names.push(...(REGION_ABBREVIATIONS[`${place.country}|${place.regionCode}`] ?? []));
    if (place.regionCode && /^[A-Z]{2,3}$/.test(place.regionCode)) names.push(place.regionCode);
  }
  return names.filter(Boolean);
}

/**
 * Quebec the province and Québec its city: a region more notable than a city of its name inside
 * it. Places the story names in the region (Montreal) speak for the region, not for its city.
 */
function regionOverItsCity(candidates: readonly GazetteerPlace[]): {
  regions: Set<GazetteerPlace>;
  cities: Set<GazetteerPlace>;
} {
  const regions = new Set<GazetteerPlace>();
  const cities = new Set<GazetteerPlace>();
  for (const region of candidates) {
    if (region.kind !== 'region') continue;
    for (const city of candidates)
      if (
        city.kind === 'city' &&
        city.country === region.country &&
        city.region !== undefined &&
        plainLetters(city.region) === plainLetters(region.name) &&
        notability(region) > notability(city)
      ) {
        regions.add(region);
        cities.add(city);
      }
  }
  return { regions, cities };
}

function score(
  place: GazetteerPlace,
  evidence: StoryEvidence,
  countryNames: (code: string) => readonly string[],
  rivalCountry: boolean,
  namesake: ReturnType<typeof regionOverItsCity> = { regions: new Set(), cities: new Set() },
): ScoredPlace {
  const reasons: string[] = [];
  let points = 0;
  const names = qualifierNames(place, countryNames);
  const beside = evidence.qualifiers
    .map((qualifier) => names.find((name) => writtenFirst(qualifier, name)))
    .find(Boolean);
  if (beside) {
    points += QUALIFIER_POINTS;
    reasons.push(`"${beside}" written beside it`);
  }
  // A capital that is its own region (San José, Costa Rica) would only be evidence of itself.
  const ownRegion =
    (place.kind === 'region' && !namesake.regions.has(place)) ||
    place.region === place.name ||
    namesake.cities.has(place);
  if (!ownRegion && regionKeys(place).some((key) => evidence.regions.has(key))) {
    points += REGION_POINTS;
    reasons.push(`the story names ${place.region ?? 'its region'} or a place in it`);
  }
  // "Georgia" with Tbilisi and Kakheti: places inside a country's own regions say more for the
  // country than the mere name of the country a namesake region lies in ("the United States").
  if (
    place.kind === 'country' &&
    [...evidence.regions].some((key) => key.startsWith(`${place.country}|`))
  ) {
    points += REGION_POINTS;
    reasons.push('the story names places in its regions');
  }
  if (place.kind === 'country' && evidence.demonyms?.has(place.name)) {
    points += REGION_POINTS;
    reasons.push('the story uses its nationality adjective');
  }
  // A region sharing its name with a country (Georgia): a story about the country names the
  // powers around it ("aid from the United States"), so only places in the region or its
  // country, not its country's name, speak for the region.
  if (rivalCountry && place.kind === 'region' && place.country) {
    if ([...evidence.regions].some((key) => key.startsWith(`${place.country}|`))) {
      points += COUNTRY_POINTS;
      reasons.push(`the story names places in ${place.country} (Atlanta, Texas)`);
    } else if (evidence.countries.size > 0 && !evidence.countries.has(place.country)) {
      points -= COUNTRY_POINTS;
      reasons.push(`the story names places in other countries only`);
    }
  } else if (place.country && evidence.countries.has(place.country)) {
    points += COUNTRY_POINTS;
    reasons.push(
      `the story names ${place.kind === 'country' ? 'a place in it' : `its country (${place.country}) or a place there`}`,
    );
  } else if (place.kind !== 'country' && evidence.countries.size > 0) {
    points -= COUNTRY_POINTS;
    reasons.push(`the story names places in other countries only`);
  }
  return { place, score: points, reasons };
}

/** Chooses among the places a name can mean (at least one), or says the evidence is too thin. */
export function choosePlace(
  candidates: readonly GazetteerPlace[],
  evidence: StoryEvidence,
  countryNames: (code: string) => readonly string[],
): PlaceChoice {
  const namesake = regionOverItsCity(candidates);
  const scored = candidates
    .map((place) =>
      score(
        place,
        evidence,
        countryNames,
        candidates.some((other) => other.kind === 'country' && other.country !== place.country),
        namesake,
      ),
    )
    .sort((a, b) => b.score - a.score || notability(b.place) - notability(a.place));
  const [first, second] = scored;
  if (!first) return { scored, thin: false };
  if (!second) return { scored, chosen: first.place, thin: false };
  if (first.score >= second.score + MARGIN) return { scored, chosen: first.place, thin: false };
  const level = scored.filter((entry) => entry.score === first.score).map((entry) => entry.place);
  const dominant = dominantPlace(level);
  // "Paris" with nothing to say otherwise is Paris, France: no one need look.
  if (first.score === 0 && dominant && dominantPlace(candidates) === dominant)
    return { scored, chosen: dominant, thin: false };
  return { scored, chosen: dominant, thin: true };
}

/** One line for the editor: the candidates, their points and why. */
export function describeChoice(
  name: string,
  choice: PlaceChoice,
  labelOf: (place: GazetteerPlace) => string,
): string {
  const candidates = choice.scored
    .slice(0, 5)
    .map(
      (entry) =>
        `${labelOf(entry.place)} (${entry.place.id}: ${entry.score} ${entry.reasons.length > 0 ? entry.reasons.join('; ') : 'no evidence'})`,
    );
  const more = choice.scored.length > 5 ? ` and ${choice.scored.length - 5} more` : '';
  const shown = choice.chosen ? `shows ${labelOf(choice.chosen)}` : 'shows none of them';
  return `"${name}" could be ${candidates.join(', ')}${more}; the story ${shown}`;
}
