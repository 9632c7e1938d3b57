/**
 * "Georgian troops", "the Georgian security council": a nationality adjective names its
 * country as surely as a town in it does, and says which of a country and a namesake region
 * (Georgia, the US state) the story means. The adjective itself is no place ("the Punjabi
 * district of Gujranwala").
 */

/**
 * The places a nationality adjective can be made from, by its ending: Georgia-n, Kenya-n
 * (after a vowel only: "Down" is no Dow-n), Punjab-i, Iraq-i, Kore-an, Syr-ian, Japan-ese, Chin-ese.
 */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  if (/[aeiou]n$/u.test(word)) stems.push(word.slice(0, -1));
  if (word.endsWith('i')) stems.push(word.slice(0, -1));
  if (word.endsWith('ian')) stems.push(`${word.slice(0, -2)}a`);
  else if (word.endsWith('an')) stems.push(`${word.slice(0, -2)}a`);
  if (word.endsWith('ese')) stems.push(word.slice(0, -3), `${word.slice(0, -3)}a`);
  return stems.filter((stem) => stem.length >= 4);
}

/** The place a capitalised adjective is the nationality of: "Georgian" → "Georgia", "Punjabi" → "Punjab". */
export function demonymPlace(
  word: string,
  isPlaceName: (name: string) => boolean,
): string | undefined {
  if (isPlaceName(word)) return undefined;
  return stemsOf(word).find(isPlaceName);
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
