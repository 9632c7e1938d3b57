/**
 * "Georgian troops", "the Georgian security council": a nationality adjective names its
 * country as surely as a town in it does, and says which of a country and a namesake region
 * (Georgia, the US state) the story means. The adjective itself is no place ("the Punjabi
 * district of Gujranwala").
 */

/** The endings that make a place's name a nationality: Georgia-n, Ital-ian, Japan-ese, Punjab-i. */
const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];

/** The place a capitalised adjective is the nationality of: "Georgian" → "Georgia", "Punjabi" → "Punjab". */
export function demonymPlace(
  word: string,
  isPlaceName: (name: string) => boolean,
): string | undefined {
  if (isPlaceName(word)) return undefined;
  for (const ending of DEMONYM_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 3) continue;
    const place = [stem, `${stem}a`, `${stem}e`].find(isPlaceName);
    if (place) return place;
  }
  return undefined;
}

/** The places whose nationality adjective the text uses. */
export function placesByDemonym(text: string, isPlaceName: (name: string) => boolean): Set<string> {
  const places = new Set<string>();
  for (const [word] of text.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)) {
    const place = demonymPlace(word, isPlaceName);
    if (place) places.add(place);
  }
  return places;
}
