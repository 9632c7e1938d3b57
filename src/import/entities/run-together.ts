/**
 * Words run together by defective input: "AccordsImage" (a caption glued on),
 * "Bernankeis", "Homeland Securityis" (the next word glued on). A trailing "is"
 * counts where the story also has the word without it, or where the word
 * without it is an ordinary one or a known surname, or ends in a vowel, and the
 * whole is no word or known name ("Davis", "Francis", "Paris", "DuBois" stay).
 */
import { isEnglishWord } from './english-words';
import { isGivenName, isKnownSurname, isNonPersonName } from './lexicon';

export function isRunTogether(word: string, text: string): boolean {
  if (/\p{Ll}{3}\p{Lu}/u.test(word)) return true;
  // "McAvoyis", "O'Brienis": a capital inside the stem is a surname's own.
  const stem = /^(\p{Lu}(?:\p{Ll}{1,2}\p{Lu}|['’]\p{Lu})?\p{Ll}{2,})is$/u.exec(word)?.[1];
  if (stem === undefined || isGivenName(word) || isEnglishWord(word) || isNonPersonName(word))
    return false;
  if (isKnownSurname(word)) return false; // "Davis", "Harris", "DuBois"
  const storyHasStem = new RegExp(`(?<![\\p{L}])${escapeForPattern(stem)}(?![\\p{L}])`, 'u').test(
    text,
  );
  // "Raeis" in a story that names Bob Rae: a short stem counts only where the story has it alone.
  if (stem.length < 4) return storyHasStem;
  return (
    isEnglishWord(stem) ||
    // "Jacksonis", "Andersonis": a known surname with "is" on it is no surname ("Gallois",
    // "Langlois": French names end in "-ois").
    (isKnownSurname(stem) && !word.endsWith('ois')) ||
    // "Clarkeis", "McAvoyis", "Haitiis": few names end in e, i or y and "is".
    /[eiy]$/.test(stem) ||
    storyHasStem
  );
}

function escapeForPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
