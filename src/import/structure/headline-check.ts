/**
 * The last check on a headline built from a lead, before it is printed: what a sub-editor
 * would send back at a glance, whatever rule made it. A headline that fails is not used;
 * the next construction is tried (title-summary.ts). Whether it has a verb is not asked
 * here: the tagger reads a headline's present tense as a noun ("exports rise", "Oman
 * scraps"), and a headline is built around the lead's main verb in the first place.
 */
const DANGLING_END =
  /\b(?:of|in|on|at|to|for|by|from|with|into|under|after|before|between|during|including|without|against|because|while|when|and|or|but|nor|a|an|the|that|which|who|as|than)$/i;
/** A pronoun for a subject points to a sentence the reader has not seen ("It says …"). */
const PRONOUN_SUBJECT = /^(?:it|he|she|they|we|i)\b(?!['’]s\b)/i;

/** What is wrong with a headline: an empty list when nothing a machine can see. */
export function headlineFaults(headline: string): string[] {
  const faults: string[] = [];
  const quotes = (headline.match(/["“”]/g) ?? []).length;
  if (quotes % 2 !== 0) faults.push('unbalanced quotes');
  if (DANGLING_END.test(headline.trim()))
    faults.push('ends on a preposition, article or conjunction');
  if (PRONOUN_SUBJECT.test(headline.trim())) faults.push('a pronoun for its subject');
  if (/\b(?:of|in|on|at|to|for|by)['’]s\b/i.test(headline)) faults.push('a broken possessive');
  return faults;
}
