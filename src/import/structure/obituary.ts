/**
 * Obituary leads ("Zhou Minghua, an agronomist whose … , died on Sunday in Taiyuan. He
 * was 91.") are headlined the way a desk does it: the name, who they were in a few words,
 * and the death, with the age when the lead gives it ("Zhou Minghua, agronomist, dies at
 * 91"). The death is the news; what they did is the description, never the verb.
 */
import { MAX_HEADLINE_CHARS } from './headline';

const NAME = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,4}";
/** "whose slow, patient films …": a relative clause in the description may have commas of its own. */
const RELATIVE_CLAUSE = ' (?:who|whose|which|that) ';
/** "<Name>, <description>, (has) died …", "<Name>, 91, died …", "Former minister <Name> died …". */
const DEATH = new RegExp(
  `^(?<name>(?:[\\p{L}-]+ ){0,5}?${NAME})(?:, (?<description>[^,]{2,300}|(?:a|an|the) [^,]{2,120}${RELATIVE_CLAUSE}[^]{2,300}?),)? (?:has |have )?(?:died|passed away)\\b`,
  'u',
);
/** The age in the lead's next sentence ("He was 91.") or as the description itself ("…, 91,"). */
const AGE_SENTENCE = /^(?:He|She|They) (?:was|were) (?<age>\d{2,3})(?: years old)?\.$/u;
/** "… has died in Bamako at the age of 81": the age in the lead itself. */
const AGE_IN_LEAD = /\b(?:died|passed away)\b[^,]*?,?\s(?:at the age of|aged) (?<age>\d{2,3})\b/u;
/** Where the description's relative clause starts: "the actress who …", "an agronomist whose …". */
const RELATIVE = /\s(?:who|whose|which|that|known)\b/u;

/** "the actress who played …" → "actress"; "a Malian guitarist whose …" → "Malian guitarist". */
function shortDescription(description: string): string | undefined {
  const head = description
    .split(RELATIVE)[0]
    ?.replace(/^(?:a|an|the)\s+/iu, '')
    .trim();
  if (!head || head.split(/\s+/).length > 6) return undefined;
  return head;
}

export function obituaryHeadline(lead: string, nextSentence?: string): string | undefined {
  const match = DEATH.exec(lead.trim());
  const groups = match?.groups;
  if (!groups?.['name']) return undefined;
  const name = groups['name'];
  const description = groups['description'] ?? '';
  const age = /^\d{2,3}$/.test(description)
    ? description
    : (AGE_IN_LEAD.exec(lead)?.groups?.['age'] ??
      AGE_SENTENCE.exec(nextSentence?.trim() ?? '')?.groups?.['age']);
  const who = /^\d/.test(description) ? undefined : shortDescription(description);
  const dies = age ? `dies at ${age}` : 'dies';
  for (const headline of [who ? `${name}, ${who}, ${dies}` : undefined, `${name} ${dies}`]) {
    if (headline && headline.length <= MAX_HEADLINE_CHARS) return headline;
  }
  return undefined;
}
