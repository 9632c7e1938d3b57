/**
 * A lead sentence as compromise tags it: its words with their parts of speech,
 * and where its verb phrases are. The headline rules (headline.ts,
 * headline-verbs.ts) work on these.
 */
import nlp from 'compromise';

export interface Word {
  text: string;
  post: string;
  tags: string[];
}

export interface VerbPhrase {
  start: number;
  end: number;
  form: string;
  auxiliary: string;
  infinitive: string;
  root: string;
  negative: boolean;
  copula: boolean;
}

export const ARTICLES = new Set(['a', 'an', 'the']);
const NOUNISH = ['Noun', 'Value', 'ProperNoun', 'Pronoun', 'Date', 'Acronym'];

export function hasTag(word: Word | undefined, ...tags: string[]): boolean {
  return word !== undefined && tags.some((tag) => word.tags.includes(tag));
}

export function isNounish(word: Word | undefined): boolean {
  return (
    (hasTag(word, ...NOUNISH) &&
      !hasTag(word, 'Determiner', 'Preposition', 'Conjunction', 'Possessive')) ||
    /^\d/.test(word?.text ?? '')
  );
}

/** Where a verb phrase is; its grammar is worked out only for the main verb (it is the costly part). */
export interface VerbSpan {
  start: number;
  end: number;
  describe: () => VerbPhrase;
}

type VerbJson = Record<string, unknown> & { grammar: Record<string, unknown> };

export function parse(clause: string): { words: Word[]; verbs: VerbSpan[] } {
  const doc = nlp(clause);
  const words: Word[] = [];
  const position = new Map<string, number>();
  // The tagged terms themselves: their JSON form costs as much as the tagging.
  for (const term of (
    doc.docs as unknown as {
      text: string;
      post: string;
      tags: Set<string>;
      index: [number, number];
    }[][]
  ).flat()) {
    position.set(term.index.join(':'), words.length);
    words.push({ text: term.text, post: term.post, tags: [...term.tags] });
  }
  const view = doc.verbs();
  const verbs: VerbSpan[] = [];
  (view.docs as unknown as { index: [number, number] }[][]).forEach((terms, k) => {
    const first = terms[0];
    const last = terms.at(-1);
    if (!first || !last) return;
    let start = position.get(first.index.join(':')) ?? -1;
    let end = position.get(last.index.join(':')) ?? -1;
    // "Egyptian police have detained": a noun read as a verb before the auxiliary is the subject's, not the verb's.
    // So is a crowd noun before a past tense ("Kenyan police fired").
    const nounFirst =
      end > start &&
      !words[start]?.tags.includes('Auxiliary') &&
      (words[start + 1]?.tags.includes('Auxiliary') ||
        (/^(?:police|people|staff|personnel)$/i.test(words[start]?.text ?? '') &&
          words[start + 1]?.tags.includes('PastTense')));
    if (nounFirst) start += 1;
    // "left more than 400,000 homes": an adverb after the verb belongs to what follows.
    while (end > start && words[end]?.tags.includes('Adverb') && !words[end]?.tags.includes('Verb'))
      end -= 1;
    verbs.push({
      start,
      end,
      describe: () => {
        const spanText = words
          .slice(start, end + 1)
          .map((word) => word.text)
          .join(' ');
        const verb = nounFirst
          ? (nlp(`they ${spanText}`).verbs().json()[0] as { verb: VerbJson }).verb
          : (view.eq(k).json()[0] as { verb: VerbJson }).verb;
        return {
          start,
          end,
          form: String(verb.grammar['form'] ?? ''),
          auxiliary: String(verb['auxiliary'] ?? ''),
          infinitive: String(verb['infinitive'] ?? ''),
          root: String(verb['root'] ?? ''),
          negative: Boolean(verb['negative']),
          copula: Boolean(verb.grammar['copula']),
        };
      },
    });
  });
  return { words, verbs };
}

/** Words back into text: hyphens, apostrophes and commas kept ("48-hour", "drivers' union"). */
export function phrase(words: Word[]): string {
  let text = '';
  words.forEach((word, index) => {
    text += word.text;
    // "OPEC+": a name's trailing symbol is part of the name, not punctuation.
    const symbol = /^\++/.exec(word.post)?.[0] ?? '';
    if (index === words.length - 1) {
      text += symbol;
      return;
    }
    if (/^[-–/]$/.test(word.post)) text += word.post;
    else text += `${symbol}${word.post.replace(/[^,;:'’]/g, '')} `;
  });
  return text;
}
