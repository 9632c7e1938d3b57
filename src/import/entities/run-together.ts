/**
 * Words run together by defective input: "AccordsImage" (a caption glued on),
 * "Bernankeis", "Homeland Securityis" (the next word glued on). A trailing "is"
 * counts where the story also has the word without it, or where the word
 * without it is an ordinary one and the whole is no word or name ("Davis",
 * "Francis", "Paris" stay).
 */
import { isEnglishWord } from './english-words';
import { isGivenName, isNonPersonName } from './lexicon';

export function isRunTogether(word: string, text: string): boolean {
  if (/\p{Ll}{3}\p{Lu}/u.test(word)) return true;
  // "McAvoyis", "O'Brienis": a capital inside the stem is a surname's own.
  const stem = /^(\p{Lu}(?:\p{Ll}{1,2}\p{Lu}|['’]\p{Lu})?\p{Ll}{3,})is$/u.exec(word)?.[1];
  if (stem === undefined || isGivenName(word) || isEnglishWord(word) || isNonPersonName(word))
    return false;
  return isEnglishWord(stem) || new RegExp(`(?<![\\p{L}])${stem}(?![\\p{L}])`, 'u').test(text);
}
