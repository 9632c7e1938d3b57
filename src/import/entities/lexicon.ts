/**
 * English word knowledge from compromise's lexicon (the NLP library), used as a
 * dictionary: is a word a given name, a surname, or an ordinary English word?
 * Running compromise's full tagger on every article would take minutes for the
 * corpus; looking words up costs nothing.
 */
import nlp from 'compromise';

type Tags = string | string[] | undefined;

const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

function tagsOf(word: string): string[] {
  const tags = lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Honorific',
]);
const PLACE_TAGS = new Set([
  'City',
  'Country',
  'Region',
  'Place',
  'ProperNoun',
  'Demonym',
  'Organization',
  'Possessive',
]);

export function isGivenName(word: string): boolean {
  return tagsOf(word).some(
    (tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName',
  );
}

/** A word the lexicon knows as a nationality, country, city or organization ("Russian", "Boeing"). */
export function isNonPersonName(word: string): boolean {
  return tagsOf(word).some((tag) =>
    [
      'Demonym',
      'Country',
      'City',
      'Region',
      'Place',
      'Organization',
      'Religion',
      'Month',
      'WeekDay',
    ].includes(tag),
  );
}

/** A word the lexicon knows as a place: a country, city, region or continent ("Europe", "America"). */
export function isPlaceWord(word: string): boolean {
  return tagsOf(word).some(
    (tag) => tag === 'Country' || tag === 'City' || tag === 'Region' || tag === 'Place',
  );
}

/** A nationality or a religion ("African", "Catholic"): a word of a group's name, not a person's. */
export function isGroupWord(word: string): boolean {
  // "Shi'ite", "Shi'a": the apostrophe of a transliteration.
  if (/['’]/.test(word) && !/['’]s?$/.test(word)) return isGroupWord(word.replace(/['’]/g, ''));
  return (
    tagsOf(word).some((tag) => tag === 'Demonym' || tag === 'Religion') ||
    /^(?:Catholic|Muslim|Christian|Jewish|Buddhist|Hindu|Protestant|Orthodox|Sunni|Shia|Shiite)$/.test(
      word,
    )
  );
}

export function isKnownSurname(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** An ordinary English word ("march", "police", "nice"), not a name of anything. */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.has(tag) || PLACE_TAGS.has(tag));
}

/** Present tense, third person, of a past-tense verb ("inspected" → "inspects"). */
export function presentTense(verb: string): string {
  const converted = nlp(`he ${verb}`).verbs().toPresentTense().text();
  return converted.replace(/^he\s+/i, '') || verb;
}
