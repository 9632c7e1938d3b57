/**
 * The where a headline lost (issue 14): "Buses with no safety driver on board begin carrying
 * fare-paying passengers" could be anywhere; the story says Jinan. When a headline names no
 * place and no one by name, the place its lead names (else the dateline's) goes in as a
 * sub-editor puts it: before a plain subject ("Jinan buses …"), else "in <place>" at the end,
 * else in place of a closing phrase that names no place ("launched at ceremony").
 */
import nlp from 'compromise';
import { MAX_HEADLINE_CHARS } from './headline';

/** Where the lead says it happened: "under the Alps", "in Jinan"; any other word before a place reads as "in". */
const LEAD_PREPOSITION = /^(?:in|at|near|under|off|outside|across)$/i;

/** A closing phrase that says where without naming it: "at ceremony", "in town", "at site". */
const UNNAMED_PLACE_PHRASE = /\s(?:at|in|on)\s(?:\p{Ll}[\p{L}-]*\s)?\p{Ll}[\p{L}-]*$/u;

/** "aimed at reaching 1.2 million people", "designed to cut costs": a participle's phrase at the end, naming nothing. */
const CLOSING_DESCRIPTION =
  /\s(?:aimed|designed|intended|meant|set up|built)\s(?:at|to|for)\s[^\p{Lu}]+$/u;

/**
 * Whether a headline already names someone or somewhere: a capital after its first word, or a
 * first word that is a name ("Britain's", "Egyptian") or that the story writes with a capital
 * inside a sentence ("… said Posiva on Tuesday").
 */
function namesSomeone(headline: string, story: string, places: readonly string[]): boolean {
  const [first = '', ...others] = headline.split(' ');
  if (others.some((word) => /^\p{Lu}|\d\p{Lu}/u.test(word))) return true;
  // An owner ("Britain's biggest rail union") or an acronym is a name.
  if (/^\p{Lu}{2,}|['’]s$/u.test(first)) return true;
  const bare = first.replace(/['’]s$/u, '');
  if (nlp(bare).has('(#ProperNoun|#Place|#Organization|#Person|#Demonym)')) return true;
  if (places.some((place) => place.split(/\s+/).includes(bare))) return true;
  // ("Health Minister Manaouda Malachie": a title before a name is capitalised, not a name.)
  return new RegExp(`[\\p{Ll},;:"”]\\s+${escaped(bare)}\\b(?! \\p{Lu})`, 'u').test(story);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The places the lead names, with the preposition the lead puts before each: the dateline's
 * first, then towns and regions before countries, each in the order named. Neither place of
 * "between France and Italy" is where it happened.
 */
function leadPlaces(
  lead: string,
  places: readonly string[],
  datelinePlace: string | undefined,
): { place: string; preposition: string }[] {
  const found = new Map<string, number>();
  const names = [...places, ...nlp(lead).places().out('array')].map((name: string) =>
    name.replace(/['’]s\b|[,;:]+$|(?<=\p{Ll}{2})\.$/gu, '').trim(),
  );
  // A name in capitals only ("Bahraini coast" is a description, "England,London" two places).
  const NAME = /^\p{Lu}[\p{L}.'’-]*(?: (?:de |es |al-)?\p{Lu}[\p{L}.'’-]*)*$/u;
  for (const name of names) {
    if (!NAME.test(name) || found.has(name)) continue;
    const at = new RegExp(`\\b${escaped(name)}\\b`, 'u').exec(lead);
    if (!at || /\bbetween(?: [^\s,]+){0,4}(?: and)?\s*$/u.test(lead.slice(0, at.index))) continue;
    found.set(name, at.index);
  }
  const rank = (name: string, index: number): number =>
    (name === datelinePlace ? 0 : nlp(name).has('#Country') ? 2 : 1) * lead.length + index;
  return [...found.entries()]
    .sort((a, b) => rank(...a) - rank(...b))
    .map(([place, index]) => {
      const before = lead.slice(0, index).trim().split(/\s+/);
      const word = (before.at(-1) === 'the' ? before.at(-2) : before.at(-1)) ?? '';
      // "at the Chengdu Research Base" is not "at Chengdu", nor "at Hungary's Paks plant" "at Hungary".
      const partOfName = new RegExp(`^${escaped(place)}(?:['’]s\\b| \\p{Lu})`, 'u').test(
        lead.slice(index),
      );
      return { place, preposition: !partOfName && LEAD_PREPOSITION.test(word) ? word : 'in' };
    });
}

/** "Buses with …", "Dockworkers …": a subject that is a plain noun a place can stand before ("Construction of …" is not). */
function plainSubject(headline: string): boolean {
  const [first = '', second = ''] = headline.split(' ');
  return (
    /^\p{Lu}\p{Ll}+s$/u.test(first) &&
    !/^(?:of|to)$/i.test(second) &&
    nlp(first).has('#Plural') &&
    !nlp(first).has('#Verb')
  );
}

export function withStoryPlace(
  headline: string,
  lead: string,
  story: string,
  places: readonly string[],
  datelinePlace?: string,
): string {
  const named = leadPlaces(lead, places, datelinePlace);
  if (namesSomeone(headline, story, [...places, ...named.map(({ place }) => place)]))
    return headline;
  const where =
    named[0] ??
    (typeof datelinePlace === 'string' && datelinePlace
      ? { place: datelinePlace, preposition: 'in' }
      : undefined);
  if (!where || headline.includes(where.place)) return headline;
  const fits = (text: string): boolean => text.length <= MAX_HEADLINE_CHARS;
  const before = `${where.place} ${headline.charAt(0).toLowerCase()}${headline.slice(1)}`;
  // "Jinan buses", never "China buses": a country stands after, "in China".
  if (plainSubject(headline) && !nlp(where.place).has('#Country') && fits(before)) return before;
  const after = `${headline} ${where.preposition} ${where.place}`;
  if (fits(after)) return after;
  const replaced = headline.replace(UNNAMED_PLACE_PHRASE, ` ${where.preposition} ${where.place}`);
  if (replaced !== headline && fits(replaced)) return replaced;
  // "vaccination campaign aimed at reaching 1.2 million people": a closing description names less than the place.
  const described = headline.replace(CLOSING_DESCRIPTION, ` ${where.preposition} ${where.place}`);
  if (described !== headline && fits(described)) return described;
  return headline;
}
