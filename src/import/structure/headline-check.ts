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
  if (PRONOUN_SUBJECT.test(headline.trim())) faults.push('a pronoun for its subject');
  if (/\b(?:of|in|on|at|to|for|by)['’]s\b/i.test(headline)) faults.push('a broken possessive');
  if (hasNoVerb(headline)) faults.push('no verb');
  return faults;
}
