/**
 * A person's name reduced to what spelling variants share: no accents, no case, hyphens and
 * spaces alike ("Yaşar Büyükanıt" and "Yasar Buyukanit", "Omar Al-Bashir" and "Omar al
 * Bashir"). Unicode decomposition drops most accents; the letters below are letters of their
 * own in Unicode (dotless ı, barred ł), so decomposition leaves them as they are.
 */
import { foldAccents } from '../../lib/slug';

const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
};

/** One name word folded: "Büyükanıt" → "buyukanit", "al-Bashir" → "al bashir". */
export function foldNameWord(word: string): string {
  return foldAccents(word)
    .replace(/[ıłŁøØđĐðħßæÆœŒ]/gu, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a name, folded: "Lech Wałęsa" → ["lech", "walesa"]; "Omar al-Bashir" → ["omar", "al bashir"]. */
export function foldedWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map(foldNameWord)
    .filter((word) => word.length > 0);
}

export function foldName(name: string): string {
  return foldedWords(name).join(' ');
}
