import { isEnglishWord } from './english-words';
import { isGivenName, isKnownSurname } from './lexicon';

/**
 * "Deux-Sèvres" (a department), "Esquimalt-Juan de Fuca" (a riding), "Kingsford-Smith",
 * "Beira-Mar": a place's name joined by a hyphen to a word, a given name or a surname is part
 * of another name. "Israel-Lebanon border" joins two places, and "Urbana-Champaign" two towns
 * though the gazetteer lacks one; "R-Salem" is a party and a town.
 */
export function isInHyphenatedName(
  text: string,
  span: { start: number; end: number },
  isPlaceName: (name: string) => boolean,
): boolean {
  const before = /(\p{Lu}[\p{L}'’]+)-$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  const after = /^-(\p{Lu}[\p{L}'’]+)/u.exec(text.slice(span.end, span.end + 30));
  const other = before?.[1] ?? after?.[1];
  return (
    other !== undefined &&
    !isPlaceName(other) &&
    (isEnglishWord(other) ||
      isGivenName(other) ||
      isKnownSurname(other) ||
      isShortPrefixWord(before?.[1]))
  );
}

/**
 * "Deux-Sèvres", "Haute-Savoie", "Val-Bélair": a short word joined before a town's name is a
 * word of a longer name in the town's language ("two", "upper", "valley"), not a second town
 * as in "Urbana-Champaign"; an Arabic article ("Al-Fallujah") is the town's own, and a party's letter ("R-Salem") is no word.
 */
function isShortPrefixWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}\p{Ll}{2,4}$/u.test(word) && !/^(?:Ash|Adh)$/u.test(word);
}
