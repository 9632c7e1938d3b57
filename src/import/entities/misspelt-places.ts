/**
 * "held in Mubai, India": a town name no gazetteer knows, one letter from a city of millions,
 * in the story's country is that city misspelt; filing it as a town of its own would list a
 * place that does not exist. A lesser place one letter off is left alone: small towns' names
 * are too many and too alike to say which was meant.
 */
import type { GazetteerPlace } from '../../lib/entities/gazetteer';
import type { PlaceResolver } from './places';

/** A city this large, or a country, is one a misspelling most likely means. */
const LARGE_CITY = 1_000_000;

/** Every spelling one letter away: a letter left out, one added, one changed, two swapped. */
function oneEditAway(name: string): Set<string> {
  const letters = new Set([...'abcdefghijklmnopqrstuvwxyz', ...name.toLowerCase()]);
  const spellings = new Set<string>();
  for (let i = 0; i <= name.length; i += 1) {
    const head = name.slice(0, i);
    const tail = name.slice(i);
    if (tail) spellings.add(head + tail.slice(1));
    if (tail.length > 1) spellings.add(head + tail[1] + tail[0] + tail.slice(2));
    // A name's first letter is a capital: "Kairo" is Cairo.
    for (const letter of letters) {
      const written = i === 0 ? letter.toUpperCase() : letter;
      spellings.add(head + written + tail);
      if (tail) spellings.add(head + written + tail.slice(1));
    }
  }
  spellings.delete(name);
  return spellings;
}

/** The large places (countries, first-level regions, cities of a million) whose names are one letter from this one. */
export function largePlacesOneLetterOff(name: string, resolver: PlaceResolver): GazetteerPlace[] {
  if (name.length < 5 || resolver.candidates(name).length > 0) return [];
  const found = new Map<string, GazetteerPlace>();
  for (const spelling of oneEditAway(name)) {
    for (const id of resolver.candidates(spelling)) {
      const place = resolver.placeById(id);
      if (
        place &&
        (place.kind === 'country' || place.kind === 'region' || place.population >= LARGE_CITY)
      )
        found.set(place.id, place);
    }
  }
  return [...found.values()];
}

/**
 * The one of them in the story's countries: "Mubai" beside India is Mumbai, not Dubai; a
 * story that names no country says nothing of which.
 */
export function largePlaceMisspelt(
  name: string,
  resolver: PlaceResolver,
  storyCountries: ReadonlySet<string>,
): GazetteerPlace | undefined {
  const nearby = largePlacesOneLetterOff(name, resolver);
  const found = nearby.filter((place) => storyCountries.has(place.country ?? ''));
  if (found.length === 1) return found[0];
  // "the Northern Marianas Islands": a country's name one letter off is that country, whatever
  // the story's other places; countries are few and their names far apart.
  const countries = nearby.filter((place) => place.kind === 'country');
  return found.length === 0 && countries.length === 1 ? countries[0] : undefined;
}
