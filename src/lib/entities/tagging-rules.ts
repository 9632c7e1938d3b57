/**
 * Which registry names may tag an article wherever they appear, and which need evidence in
 * it first: a name that is also a month, a weekday, an ordinary word or part of a person's
 * name ("March", "Union", "Clinton") would otherwise tag every story that uses the word.
 * The rule is computed from word lists and the registry itself; an entry can override it
 * with `tagging: text | context | frontmatter`.
 */
import { MONTH_NAMES, WEEKDAYS } from '../dates';

/** How a registry name may tag an article: any mention, a mention with a cue, or only the frontmatter. */
export const TAGGINGS = ['text', 'context', 'frontmatter'] as const;

export type Tagging = (typeof TAGGINGS)[number];

/** Why a name needs a cue. */
export type Ambiguity = 'calendar' | 'common-word' | 'person-name';

/** What the rules need to know about words; the build fills it from the importer's dictionaries. */
export interface WordKnowledge {
  /** An ordinary English word when written in lower case ("union", "summit", "temple"). */
  isDictionaryWord(word: string): boolean;
  /** A given name or surname ("Douglas"). */
  isPersonNameWord(word: string): boolean;
  /** Known first of all as a country, region, city or organization ("China", "Paris", "Boeing"). */
  isKnownProperName(word: string): boolean;
  /** A capitalised word that can be part of a name, unlike "The", "In" or "President". */
  isNameWord(word: string): boolean;
}

const CALENDAR_WORDS = new Set<string>([...MONTH_NAMES, ...WEEKDAYS]);

export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORDS.has(word);
}

/** Every word of the registry's multi-word person names: "Clinton" of "Hillary Clinton". */
export function personNameWords(
  people: readonly { name: string; aliases: readonly string[] }[],
): Set<string> {
  const words = new Set<string>();
  for (const person of people) {
    for (const name of [person.name, ...person.aliases]) {
      const parts = name.split(/\s+/);
      if (parts.length > 1) for (const part of parts) words.add(part);
    }
  }
  return words;
}

export interface NameFacts {
  /** The name as the registry writes it. */
  name: string;
  /** Countries are named as countries: "Jordan" or "Chad" stays a country. */
  isCountry: boolean;
}

/** Why a single-word name needs a cue, or undefined when any mention of it is evidence enough. */
export function ambiguityOf(
  { name, isCountry }: NameFacts,
  words: WordKnowledge,
  personWords: ReadonlySet<string>,
): Ambiguity | undefined {
  if (/\s/.test(name.trim())) return undefined;
  if (isCalendarWord(name)) return 'calendar';
  if (isCountry || words.isKnownProperName(name)) return undefined;
  if (words.isDictionaryWord(name)) return 'common-word';
  if (personWords.has(name) || words.isPersonNameWord(name)) return 'person-name';
  return undefined;
}
