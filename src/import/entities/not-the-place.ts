/**
 * A place's name that one mention uses for something else: a natural feature named after it
 * ("the Niger delta", "the Andes mountains"), a vehicle or mission numbered after it
 * ("Shenzhou 7"), or a person whose name it is ("said Abdul Hakim, who witnessed"). Where the
 * gazetteer lacks the feature, no place at all is better than the town or state of its name.
 */
import { isGivenName } from './lexicon';

interface Span {
  start: number;
  end: number;
}

/** Lower-case words for land and water a name qualifies: "the Niger delta", "the Swat river". */
const FEATURE_AFTER =
  /^ (?:delta|river|rivers|basin|valley|mountains|mountain range|range|highlands|plateau|desert|glacier|estuary)\b/u;

/** "the Niger delta", "Andes mountains": the name is a feature's, not a town's or a state's. */
export function namesNaturalFeature(text: string, span: Span): boolean {
  return FEATURE_AFTER.test(text.slice(span.end, span.end + 20));
}

/** An area word after the name, as counties, provinces and cantons are named: "Santa Clara County". */
const AREA_AFTER = /^ (?:County|Province|Prefecture|Oblast|Governorate|Canton)\b/u;

/**
 * "the Santa Clara County Sheriff's Department": a name only towns have, followed by an area
 * word, names the area the gazetteer lacks, not the town it is named after.
 */
export function namesAreaAfter(text: string, span: Span, townsOnly: boolean): boolean {
  return townsOnly && AREA_AFTER.test(text.slice(span.end, span.end + 14));
}

/**
 * "across the Andes": a town's name is not written with "the" before it, a range's or a
 * river's is. A name that is a town's only (no country, region or district has it) after a
 * lower-case "the", and ending its phrase ("the Andes.", "the Andes and the Amazon"), means
 * something else of the name; "the Durban stadium", "the Reus, Spain town council" are the
 * town's, and "The Hague" carries its article in its name.
 */
export function isTownNameAfterThe(text: string, span: Span, townsOnly: boolean): boolean {
  return (
    townsOnly &&
    /\bthe $/u.test(text.slice(Math.max(0, span.start - 5), span.start)) &&
    PHRASE_ENDS.test(text.slice(span.end, span.end + 12))
  );
}

// "the Dax had shed 3%": an index's verb after the name, as after any thing's.
const PHRASE_ENDS =
  /^(?:[.;:!?)\]]|, \p{Ll}|$| (?:and|or|in|of|to|from|is|are|was|were|has|had|which|that|where|with|on|at|for|by|as)\b)/u;

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const NUMBER_AFTER = new RegExp(
  `^ (?!(?:19|20)\\d\\d\\b)(?:\\d{1,4}|[IVX]{2,5})\\b(?![.,:]\\d)(?! (?:${MONTH}|km|miles|kilometres|kilometers|people|percent|per cent|am|pm|a\\.m|p\\.m)\\b)`,
  'u',
);

/**
 * "Shenzhou 7", "Shenzhou VII", "Nokia 6600": a number after the name makes a craft, a
 * mission or a product. A year ("Beijing 2008") and a date ("Paris 14 July") do not.
 */
export function isNumberedAfter(text: string, span: Span): boolean {
  return NUMBER_AFTER.test(text.slice(span.end, span.end + 24));
}

/** Speech or apposition around a name, as a person's is quoted: "said X,", "X said", "X, who". */
const PERSON_BEFORE = /\b(?:said|says|told|according to|witness|resident|villager)\s$/u;
const PERSON_AFTER = /^(?:,? (?:said|says|told|added)\b|, who\b)/u;

/**
 * "said Abdul Hakim, who witnessed the attack": a name that begins with a given name, quoted
 * as people are, is a person's even where a town has it.
 */
export function isPersonsNameHere(text: string, span: Span, name: string): boolean {
  const words = name.split(' ');
  if (words.length < 2 || !isGivenName(words[0] ?? '')) return false;
  return (
    PERSON_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start)) ||
    PERSON_AFTER.test(text.slice(span.end, span.end + 16))
  );
}

/** A kinship word before a name, as a relative is introduced: "his twin brother Jarosław". */
const KIN_BEFORE =
  /\b(?:brother|sister|son|daughter|wife|husband|father|mother|uncle|aunt|cousin|twin|nephew|niece)\s$/u;

/**
 * "his twin brother Jarosław", "Jarosław Kaczyński" beside Lech Kaczyński: a town's one-word
 * name introduced as a relative, or followed by a word of the name of a person of the story,
 * is a person's given name.
 */
export function isRelativesGivenName(
  text: string,
  span: Span,
  name: string,
  surnamesHere: ReadonlySet<string>,
): boolean {
  if (name.includes(' ')) return false;
  const next = /^ (\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(span.end, span.end + 30))?.[1];
  return (
    KIN_BEFORE.test(text.slice(Math.max(0, span.start - 16), span.start)) ||
    (next !== undefined && surnamesHere.has(next))
  );
}

/** Words of local government a sentence speaks of when it lists councils by name. */
const COUNCIL_WORDS =
  /\b(?:councils?|boroughs?|districts?|constituencies|constituency|authorities)\b/iu;
/** "Nuneaton and Bedworth, and the Vale": a pair joined by "and" that the list goes on after. */
const FIRST_OF_PAIR = /^ and \p{Lu}[\p{L}'’-]+, (?:and )?(?:the )?\p{Lu}/u;
const SECOND_OF_PAIR_BEFORE = /, \p{Lu}[\p{L}'’-]+ and $/u;
const LIST_GOES_ON = /^, (?:and )?(?:the )?\p{Lu}/u;

/**
 * "councils gained, including Bury, Nuneaton and Bedworth, and the Vale of Glamorgan": in a
 * list of councils, two towns joined by "and" in one item of the list are one council's
 * name (Nuneaton and Bedworth), not either town.
 */
export function isHalfOfCouncilName(text: string, span: Span): boolean {
  const sentence = /[^.!?\n]*$/u.exec(text.slice(Math.max(0, span.start - 200), span.start))?.[0];
  if (!sentence || !COUNCIL_WORDS.test(sentence)) return false;
  const after = text.slice(span.end, span.end + 60);
  return (
    FIRST_OF_PAIR.test(after) || (SECOND_OF_PAIR_BEFORE.test(sentence) && LIST_GOES_ON.test(after))
  );
}
