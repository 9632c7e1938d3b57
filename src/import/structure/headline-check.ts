/**
 * The last check on a headline built from a lead, before it is printed: what a sub-editor
 * would send back at a glance, whatever rule made it. A headline that fails is not used;
 * the next construction is tried (title-summary.ts). A headline needs a verb, but the
 * tagger reads a headline's present tense as a noun ("exports rise", "Oman scraps"), so
 * each word is also tried as a verb after a pronoun ("it scraps").
 */
import nlp from 'compromise';

const DANGLING_END =
  /\b(?:of|in|on|at|to|for|by|from|with|into|under|after|before|between|during|including|without|against|because|while|when|and|or|but|nor|a|an|the|that|which|who|as|than)$/i;
/** A pronoun for a subject points to a sentence the reader has not seen ("It says …"). */
const PRONOUN_SUBJECT = /^(?:it|he|she|they|we|i)\b(?!['’]s\b)/i;
/** "First of them begins classes there": one of a group the headline never named. */
const ONE_OF_THEM = /^(?:\p{L}+ )?of (?:them|these|those)\b/iu;
/** "When the park was formally established": a subordinate clause with no main clause after a comma. */
const SUBORDINATE_ONLY =
  /^(?:when|as|while|whilst|although|though|because|if|unless|until|once|since|after|before)\b[^,]*$/iu;
/** "Rules, which take effect for spring season lose deposit": a relative clause opened by a comma and never closed. */
const OPEN_RELATIVE = /,\s(?:who|which|whose)\b(?:[^,]|,(?=\d))*$/iu;
const RELATIVE_WORD = /^(?:who|which|whose|that)$/i;

/**
 * "filmmaker whose slow, patient films about village life", "rules that drivers and couriers who
 * find work": a relative or "that" clause needs a verb of its own, besides those of a relative
 * clause inside it.
 */
function clauseWithoutVerb(headline: string): boolean {
  const terms = nlp(headline).terms().json() as { text: string; terms: { tags: string[] }[] }[];
  const words = terms.map((term) => ({
    text: term.text.toLowerCase(),
    verb: (term.terms[0]?.tags ?? []).includes('Verb'),
  }));
  const opener = words.findIndex((word) => RELATIVE_WORD.test(word.text));
  if (opener < 0) return false;
  let needed = 1;
  let found = 0;
  for (const word of words.slice(opener + 1)) {
    if (RELATIVE_WORD.test(word.text)) needed += 1;
    else if (word.verb) found += 1;
  }
  return found < needed;
}

/** "It in Zimbabwe", "Dar es Salaam": no word of it can be a verb. */
function hasNoVerb(headline: string): boolean {
  if (nlp(headline).has('#Verb')) return false;
  const words = headline.split(/\s+/).slice(1);
  return !words.some(
    (word) => /^\p{Ll}[\p{L}-]{2,}$/u.test(word) && nlp(`it ${word}`).has('#Verb'),
  );
}

/** What is wrong with a headline: an empty list when nothing a machine can see. */
export function headlineFaults(headline: string): string[] {
  const faults: string[] = [];
  const quotes = (headline.match(/["“”]/g) ?? []).length;
  if (quotes % 2 !== 0) faults.push('unbalanced quotes');
  if (DANGLING_END.test(headline.trim()))
    faults.push('ends on a preposition, article or conjunction');
  if (PRONOUN_SUBJECT.test(headline.trim()) || ONE_OF_THEM.test(headline.trim()))
    faults.push('a pronoun for its subject');
  if (SUBORDINATE_ONLY.test(headline.trim()))
    faults.push('a subordinate clause without a main one');
  if (OPEN_RELATIVE.test(headline) || clauseWithoutVerb(headline))
    faults.push('a relative clause without its verb');
  if (/\b(?:of|in|on|at|to|for|by)['’]s\b/i.test(headline)) faults.push('a broken possessive');
  if (hasNoVerb(headline)) faults.push('no verb');
  return faults;
}
