/**
 * Whether a later sentence of a lead can stand in for the lead sentence as a summary: it
 * must read alone, without the sentence before it. A summary that leans on a sentence the
 * reader never sees ("This is the first such discovery …", "Associated Press reported his
 * cause of death …") or reports on the reporting ("Wikinews interviewed Siegel to learn
 * more.") says nothing of the story.
 */
import { MONTH_PATTERN } from './months';

/** "He was 79.", "This is the first …", "Their findings …": an opening pronoun or demonstrative. */
const OPENING_BACK_REFERENCE =
  /^(?:He|She|It|They|We|His|Her|Its|Their|This|That|These|Those|Such|Both|Another)\b/u;
/** "… reported his cause of death …": a personal pronoun anywhere points to someone named earlier. */
const PRONOUN = /\b(?:he|she|him|his|her|hers|they|them|their|theirs)\b/u;
/** "The November border demarcation …", "The deal …": a definite phrase naming what came before. */
const DEFINITE_BACK_REFERENCE = new RegExp(
  `^The\\s+(?:${MONTH_PATTERN}\\b|(?:same|latest|above|former|latter|move|deal|decision|agreement|announcement|incident|findings|study|report|ruling|vote|attack|demarcation|measure|plan)\\b)`,
  'u',
);
/** "The model was published …": the lower-case words after an opening "The", and what follows them. */
const DEFINITE_SUBJECT = /^The\s+(?<words>(?:\p{Ll}[\p{Ll}-]*\s+)+)(?<next>\S*)/u;
const LINKING = /^(?:of|in|at|for|the|a|an)$/u;

/**
 * "The model …" when the lead introduced "a new chemical model": the thing named before.
 * "The price of the Qiyuan S7 sedan …" names its own thing and is no back-reference.
 */
function namesLeadThing(sentence: string, lead: string): boolean {
  const groups = DEFINITE_SUBJECT.exec(sentence)?.groups;
  const words = groups?.['words']?.trim().split(/\s+/u) ?? [];
  const linked = words.findIndex((word) => LINKING.test(word));
  const named =
    linked >= 0 &&
    linked <= 2 &&
    words.slice(linked).every((word) => LINKING.test(word)) &&
    /^\p{Lu}/u.test(groups?.['next'] ?? '');
  if (named) return false;
  const head = (linked >= 0 ? words.slice(0, linked) : words).slice(0, 3);
  const leadWords = new Set(lead.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []);
  return head.some((word) => word.length > 3 && leadWords.has(word.replace(/s$/u, '')));
}

/** "Wikinews interviewed Siegel to learn more.": the sentence is about the reporting. */
const ABOUT_THE_REPORTING =
  /\bWikinews\b|\bto learn more\b|\b(?:this|the) (?:reporter|correspondent)\b/iu;
/** "Professor Michael Siegel": two or more capitalised words, the last of them a surname. */
const FULL_NAME = /\b(?:\p{Lu}\p{Ll}+\s+)*(?<given>\p{Lu}\p{Ll}+)\s+(?<surname>\p{Lu}\p{Ll}+)\b/gu;

/** Surnames of the people the lead sentence names in full, each with the name before it ("Michael Siegel"). */
function surnamesIn(lead: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of lead.matchAll(FULL_NAME)) {
    const { given, surname } = match.groups ?? {};
    if (given && surname) found.set(surname, `${given} ${surname}`);
  }
  return found;
}

/** True when the sentence reads whole without the lead sentence before it. */
export function standsAlone(sentence: string, lead: string): boolean {
  if (OPENING_BACK_REFERENCE.test(sentence) || PRONOUN.test(sentence)) return false;
  if (DEFINITE_BACK_REFERENCE.test(sentence) || ABOUT_THE_REPORTING.test(sentence)) return false;
  if (namesLeadThing(sentence, lead)) return false;
  // "Wikinews interviewed Siegel …" after "Professor Michael Siegel …": a surname alone leans on the lead.
  for (const [surname, fullName] of surnamesIn(lead)) {
    if (new RegExp(`\\b${surname}\\b`, 'u').test(sentence) && !sentence.includes(fullName))
      return false;
  }
  return true;
}
