/**
 * A large English dictionary (word-list, 274k lower-case words) to tell ordinary
 * words from names: a city called "Nice" or a company called "Lens Technology"
 * needs more evidence than "Zhuzhou" does.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word.toLowerCase());
}

/** Every word of the name is an ordinary English word ("Standing Committee"). */
export function isOrdinaryPhrase(name: string): boolean {
  return name.split(/[\s-]+/).every((word) => isEnglishWord(word.replace(/[.,'’]/g, '')));
}
