/**
 * Titles and summaries for stories that arrive without them.
 *
 * Title heuristic (documented in the README; a person can override it in the
 * frontmatter, and the importer never overwrites a hand-edited article):
 *   "<main person> <their main verb, present tense> <key phrase> in <main place>"
 * where the main person and place are the most mentioned ones, the verb is the
 * one that most often follows the person's name ("Li Qiang inspected" →
 * "inspects"), and the key phrase is the most frequent two-word phrase of
 * ordinary words ("advanced manufacturing"). Without a person, the lead's first
 * sentence, cut to twelve words, is the title.
 */
import { presentTense } from '../entities/lexicon';
import { firstSentence, truncateWords } from './paragraphs';

const STOP_WORDS = new Set(('a an the and or but of in on at to for from by with as is are was were be been being that this these those it its ' +
  'he she they we our my his her their which who whom whose what when where while will would shall should can could may might must ' +
  'has have had do does did not no more most very also such than then there here into over under about after before during ' +
  'all some any each other new high level country countries development important necessary promote strengthen accelerate').split(' '));

function mostFrequent(counts: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [key, count] of counts) {
    if (count > bestCount) {
      best = key;
      bestCount = count;
    }
  }
  return best;
}

export function keyPhrase(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const sentence of text.split(/[.!?;,:]\s+/)) {
    const words = sentence.split(/\s+/);
    for (let i = 0; i + 1 < words.length; i += 1) {
      const [first, second] = [words[i] ?? '', words[i + 1] ?? ''];
      if (!/^[a-z][a-z-]{2,}$/.test(first) || !/^[a-z][a-z-]{2,}$/.test(second)) continue;
      if (STOP_WORDS.has(first) || STOP_WORDS.has(second) || /(?:ing|ly)$/.test(first)) continue;
      const phrase = `${first} ${second}`;
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  const best = mostFrequent(counts);
  return best && (counts.get(best) ?? 0) >= 2 ? best : undefined;
}

function mainVerb(text: string, person: string): string | undefined {
  const counts = new Map<string, number>();
  const escaped = person.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const match of text.matchAll(new RegExp(`${escaped} ([a-z]+ed)\\b`, 'g'))) {
    const verb = match[1] ?? '';
    counts.set(verb, (counts.get(verb) ?? 0) + 1);
  }
  return mostFrequent(counts);
}

export function titleFromLead(paragraphs: readonly string[], mainPerson?: string, mainPlace?: string): string {
  const text = paragraphs.join('\n\n');
  const verb = mainPerson ? mainVerb(text, mainPerson) : undefined;
  const phrase = keyPhrase(text);
  if (mainPerson && verb && phrase) {
    return `${mainPerson} ${presentTense(verb)} ${phrase}${mainPlace ? ` in ${mainPlace}` : ''}`;
  }
  const lead = firstSentence(paragraphs[0] ?? '').replace(/[.!?]$/, '');
  const words = lead.split(/\s+/);
  return words.length <= 12 ? lead : `${words.slice(0, 12).join(' ')}…`;
}

/** Opening phrases of time that a summary can do without: "From March 21 to 22, ". */
const APPOSITION = /,\s(?:a |an |the )?(?:member|premier|president|head|chairman|chairwoman|secretary|minister|director|leader|governor|mayor|spokes\w+|chief)\b[^,]{0,160},/i;

/** The lead's first sentence, appositions removed, at most 300 characters. */
export function summaryFromLead(paragraphs: readonly string[]): string | undefined {
  const lead = paragraphs[0];
  if (!lead) return undefined;
  const sentence = firstSentence(lead).replace(APPOSITION, '');
  return truncateWords(sentence, 300) || undefined;
}
