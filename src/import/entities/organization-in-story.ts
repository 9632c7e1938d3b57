/**
 * Checks of an organization name against the story it came from: the words around each
 * mention say whether the name is only part of a longer one ("Maxx" of "T.J. Maxx"), a
 * product's ("Office 2007"), or a body whose owner the story names ("Louisiana's Department
 * of Health and Hospitals").
 */
import { isEnglishWord, isOrdinaryPhrase } from './english-words';
import { isGivenName, isGroupWord } from './lexicon';
import { isOrganizationWord } from './organizations';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each mention of the name in the story, as the text before it and after it. */
function mentions(name: string, text: string): { before: string; after: string }[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({
    before: text.slice(Math.max(0, match.index - 60), match.index),
    after: text.slice(match.index + match[0].length, match.index + match[0].length + 30),
  }));
}

/** "T.J. ", "A.J. ": the initials that open a company's or a person's name. */
const INITIALS_BEFORE = /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}\s$/u;
/** "Boeing's ": a possessor just before the name. */
const POSSESSOR_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}-]*)['’]s\s$/u;
/** "(United)-Bharatiya ": a capitalised word joined by a dash to a name's word or bracket before. */
const DASHED_WORD_BEFORE = /(?:\)|\p{Lu}\p{L}*)[-–](\p{Lu}\p{Ll}+) $/u;
/** "U.S.-Cuba Trade Association", "U.S. - Cuba …": initials and a dash open the name before. */
const INITIALS_DASH_BEFORE = /(?:\p{Lu}\.){2,}\s?[-–]\s?$/u;
/** "theRoyal United Services Institute": a capitalised word glued to the one before it. */
const GLUED_WORD_BEFORE = /\p{Ll}\p{Lu}\p{Ll}+ $/u;
/** "Department of Parliamentary Services": the name is the remit of a body named before it. */
const BODY_OF_BEFORE =
  /\b(?:(?:Department|Ministry|Office|Bureau|Secretariat) (?:of|for)|(?:Committee|Subcommittee|Commission) on) (?:the )?$/u;
/** ", Local Government, Arts and Sport": the remits of a department's name go on as a list. */
const REMIT_LIST_AFTER =
  /^,\s(?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*(?:,\s(?:\p{Lu}[\p{L}-]*\s)*\p{Lu}[\p{L}-]*)*,?\s(?:and|&)\s\p{Lu}/u;
const PORTFOLIO_HEAD = /^(?:Department|Ministry|Minister|Secretary) (?:of|for) /u;
/** "BizTalk® Server Product Group": a trademark's sign ends a product's name the body's goes on from. */
const TRADEMARK_BEFORE = /[®™]\s?$/u;
/** "The Colonel's International Inc.": a company's form after ordinary words. */
const COMPANY_FORM_END = /^(?:Inc\.?|Incorporated|Ltd\.?|Limited|Corp\.|Co\.|LLC|PLC|plc)$/u;
/** "the Hang Seng index", "the Straits Times Index": a stock market's index, not a body. */
const INDEX_AFTER = /^ (?:stock |share )?[Ii]ndex\b/u;
/** "of Law": a second "of" part after a name that has one already. */
const OF_PART_AFTER = /^ of (?:the )?\p{Lu}/u;
/** "Office 2007", "Firefox 3.5": a year or a version number after a name marks a product (not "34.59%"). */
const VERSION_AFTER = /^ (?:(?:19|20)\d\d|\d+\.\d+)(?![\p{L}\p{N}%]|\.\d)/u;

/** "Corrective Services minister": a portfolio before the minister who holds it. */
const STAFF_AFTER =
  /^ (?:officer|officers|official|officials|staff|worker|workers|employee|employees)\b/u;
/** "Services", "Affairs": the plural words that end a remit and that bodies' names end with too. */
const REMIT_HEAD = /^(?:Services|Affairs)$/u;
const MINISTER_AFTER = /^ (?:minister|ministers|portfolio)\b/u;
/** " Army", " Party": a body's word right after the name goes on with it ("Salvation Army"). */
const BODY_WORD_AFTER = /^ (\p{Lu}\p{L}+)/u;

/**
 * Whether a mention shows the name to be a piece of a longer name or a product's:
 *   "T.J. Maxx"                                  a one-word name's tail after its initials
 *   "Boeing's Launch Systems"                    a unit, in ordinary words and no body's word,
 *                                                of the possessor's body
 *   "(United)-Bharatiya Jan Party"               the word before was cut at a dash
 *   "University of Virginia School of Law"       a name with an "of" part cut before a second one
 *   "Windows Vista and Office 2007"              a product's version follows
 *   "Corrective Services minister"               a plural remit before its minister: a portfolio
 *   "Correctional Services officer"              a remit before a post's holder
 *   "the Salvation Army"                         a body's word follows
 *   "U.S. - Cuba Trade Association"              initials and a dash open the name
 *   "theRoyal United Services Institute"         a word glued to the one before opens it
 *   "Department of Parliamentary Services"       a department's remit, not a body of its own
 *   "House Committee on Financial Services"      likewise a committee's remit
 *   "Department of Regional Australia, Local Government, Arts and Sport"
 *                                                a department's remits cut at the list's first comma
 *   "BizTalk® Server Product Group"              a product's name and its trademark sign open it
 *   "The Colonel's International Inc."           an ordinary word and a company form after a possessive
 */
function isPieceMention(
  name: string,
  mention: { before: string; after: string },
  isPlaceName: (name: string) => boolean,
): boolean {
  const { before, after } = mention;
  const words = name.split(' ');
  if (words.length === 1 && INITIALS_BEFORE.test(before)) return true;
  const possessor = POSSESSOR_BEFORE.exec(before)?.[1];
  if (
    possessor &&
    !isPlaceName(possessor) &&
    !isGroupWord(possessor) &&
    isOrdinaryPhrase(name) &&
    !words.some(isOrganizationWord)
  )
    return true;
  const dashed = DASHED_WORD_BEFORE.exec(before)?.[1];
  if (dashed && !isEnglishWord(dashed) && !isGroupWord(dashed) && !isPlaceName(dashed)) return true;
  if (INITIALS_DASH_BEFORE.test(before) || GLUED_WORD_BEFORE.test(before)) return true;
  // "The Colonel's International Inc.": one ordinary word and a company's form after a
  // possessive are the tail of a name the possessive opens ("Chan's Cattleya Land Inc." is the
  // owner's company, named in full).
  if (
    possessor &&
    words.length === 2 &&
    COMPANY_FORM_END.test(words.at(-1) ?? '') &&
    isOrdinaryPhrase(words.slice(0, -1).join(' '))
  )
    return true;
  if (BODY_OF_BEFORE.test(before) || TRADEMARK_BEFORE.test(before)) return true;
  if (PORTFOLIO_HEAD.test(name) && REMIT_LIST_AFTER.test(after)) return true;
  if (name.includes(' of ') && OF_PART_AFTER.test(after)) return true;
  // "Home Office minister" names a body; a plural remit ("Corrective Services") a portfolio.
  if (MINISTER_AFTER.test(after) && /s$/u.test(words.at(-1) ?? '')) return true;
  // "Correctional Services officer": a remit before a post's holder is a service's, the body unnamed.
  if (STAFF_AFTER.test(after) && REMIT_HEAD.test(words.at(-1) ?? '')) return true;
  if (isOrganizationWord(BODY_WORD_AFTER.exec(after)?.[1] ?? '')) return true;
  return VERSION_AFTER.test(after);
}

/** Two words of a person's name: capitalised, no ordinary words, places or bodies' words. */
function opensWithPersonName(words: readonly string[], isPlaceName: (name: string) => boolean) {
  // "M H Ambareesh": a person's initials open their name; the first two words after them count.
  let initials = 0;
  while (initials < 2 && /^\p{Lu}\.?$/u.test(words[initials] ?? '')) initials += 1;
  const named = words.slice(initials);
  return (
    named.length >= 3 - Math.min(initials, 1) &&
    named
      .slice(0, 2 - Math.min(initials, 1))
      .every(
        (word) =>
          /^\p{Lu}\p{Ll}+$/u.test(word) &&
          (isGivenName(word) || !isEnglishWord(word)) &&
          !isPlaceName(word) &&
          !isOrganizationWord(word),
      )
  );
}

/**
 * "Naranbhai Rathwa Railways", "Santosh Mohan Dev Heavy Industries and Public Enterprises", "M H
 * Ambareesh Information and Broadcasting." on a line of their own, in a list of ministers and their portfolios: a person's name glued to the
 * portfolio after it, or the portfolio's last part.
 */
function isInPersonAndPortfolioLine(
  name: string,
  text: string,
  isPlaceName: (name: string) => boolean,
): boolean {
  const line = new RegExp(
    `(?:^|\\n)((?:(?:\\p{Lu}[^\\s.,:;!?]*|and|of|&)[ \\t]+)*)${escape(name)}\\.?[ \\t]*(?:\\n|$)`,
    'u',
  ).exec(text);
  if (!line) return false;
  return opensWithPersonName(`${line[1] ?? ''}${name}`.split(/\s+/), isPlaceName);
}

/** A name every mention of which shows it to be a piece of a longer name, a product's, or a person's and a portfolio. */
export function isPieceInStory(
  name: string,
  text: string,
  isPlaceName: (name: string) => boolean,
): boolean {
  if (isInPersonAndPortfolioLine(name, text, isPlaceName)) return true;
  const found = mentions(name, text);
  // An index named once is an index wherever the story names it: "the Hang Seng fell 5%".
  if (found.some((mention) => INDEX_AFTER.test(mention.after))) return true;
  return found.length > 0 && found.every((mention) => isPieceMention(name, mention, isPlaceName));
}

/** "Illinois ", "Louisiana's ": up to three capitalised words, perhaps possessive, just before. */
const OWNER_BEFORE = /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}-]*\s){0,2}\p{Lu}[\p{L}-]*?)(['’]s)?\s$/u;
/** "U.N. ", "UN ": a body's initials or acronym before the name owns it. */
const BODY_BEFORE = /(?:^|[^\p{L}.])(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,})(?:['’]s)?\s$/u;

/** A name and how the story writes it, when the two differ ("Louisiana's Department of …"). */
export interface OwnedName {
  name: string;
  written: string;
}

/**
 * "Department of Public Health": a department that a country, a state and a city each have. A
 * place the story puts before it ("Illinois Department of Public Health", "Louisiana's
 * Department of Health and Hospitals") names whose it is, and becomes part of the name; a
 * country's department is named without its country. With
 * no owner anywhere in the story, a department of a public service (health, works, safety)
 * names none in particular: null.
 */
export function withOwnerInStory(
  name: string,
  text: string,
  isPlaceName: (name: string) => boolean,
  isCountry: (name: string) => boolean = () => false,
): OwnedName | null {
  if (!/^Department of /u.test(name)) return { name, written: name };
  let owned = false;
  for (const { before } of mentions(name, text)) {
    const owner = OWNER_BEFORE.exec(before);
    const words = owner?.[1]?.split(/\s/) ?? [];
    for (let start = 0; start < words.length; start++) {
      const place = words.slice(start).join(' ');
      if (!isPlaceName(place)) continue;
      // "Australia's Department of Immigration" is named without its country.
      if (isCountry(place)) owned = true;
      else return { name: `${place} ${name}`, written: `${place}${owner?.[2] ?? ''} ${name}` };
    }
    owned ||= BODY_BEFORE.test(before);
  }
  return /^Department of Public /u.test(name) && !owned ? null : { name, written: name };
}

/** "Saudi Arabian", "Kestrelmoorian": a place's name with a demonym's ending is a nationality, not a body. */
export function isDemonymOfPlace(name: string, isPlaceName: (name: string) => boolean): boolean {
  if (isPlaceName(name)) return false;
  return DEMONYM_ENDINGS.some((ending) => {
    if (!name.endsWith(ending)) return false;
    const stem = name.slice(0, -ending.length);
    return stem.length > 2 && [stem, `${stem}a`, `${stem}e`].some(isPlaceName);
  });
}

const DEMONYM_ENDINGS = ['n', 'an', 'ian', 'ese', 'i'];
