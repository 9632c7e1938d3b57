/**
 * The importer's dictionaries, as the build's tagging rules ask for them
 * (src/lib/entities/tagging-rules.ts): one source of word knowledge for both.
 */
import type { WordKnowledge } from '../../lib/entities/tagging-rules';
import { isEnglishWord } from './english-words';
import { isGivenName, isKnownSurname, isNonPersonName } from './lexicon';
import { NOT_NAME_WORDS } from './name-patterns';

export const wordKnowledge: WordKnowledge = {
  isDictionaryWord: isEnglishWord,
  isPersonNameWord: (word) => isGivenName(word) || isKnownSurname(word),
  isKnownProperName: isNonPersonName,
  isNameWord: (word) => !NOT_NAME_WORDS.has(word.replace(/[.’']+$/, '')),
};
