/**
 * Organizations named in a story: capitalised names that end the way
 * organization names end ("… Group", "… Technology", "… Council"), or that open
 * with one ("Ministry of …", "University of …"). A name made only of ordinary words
 * ("Standing Committee") is too generic to tag unless the registry lists it.
 */
import { isCalendarWord } from '../../lib/entities/tagging-rules';
import { isEnglishWord, isOrdinaryPhrase } from './english-words';
import { isGenericOrganizationName } from './generic-organizations';
import { isCommonWord, isGivenName, isGroupWord, isNonPersonName } from './lexicon';
import { isRunTogether } from './run-together';

const SUFFIX =
  'Group|Technology|Technologies|Automobile|Automotive|Industry|Industries|Company|Corporation|Corp\\.|Co\\., Ltd\\.|Co\\.|Ltd\\.?|Limited|Inc\\.?|PLC|LLC|AG|SA|GmbH|Bank|University|College|Institute|Council|Committee|Commission|Ministry|Agency|Association|Organization|Organisation|Federation|Party|Airlines|Airways|Motors|Holdings|Foundation|Hospital|Network|Broadcasting|Railways?|Police|Army|Navy|Court|Assembly|Parliament|Laboratory|Laboratories|Pharmaceuticals|Energy|Petroleum|Oil|Telecom|Telecommunications|Communications|Electric|Electronics|Locomotive|Securities|Exchange|Times|Post|Journal|Herald|Tribune|News|Press|Media|Radio|Television|Magazine|Gazette|Chronicle|Telegraph|Forum|Guard|Regiment|Brigade|Corps|Department|Office|Bureau|Authority|Board|Fund|Reserve|Services|Financial|Bancorp|Insurance|Steel|Automobiles|Schools|Academy|Society';
/** "Export–Import": a name's word may hold a hyphen or an en dash, so no part of it is cut off. */
const WORD = "(?:\\p{Lu}[\\p{L}'’&\\-–]*|\\d+\\p{L}*)";
/** Nothing of a word just before: not a letter, nor a dash that joins "Export–" to "Import Bank". */
const WORD_START = '(?<![\\p{L}\\-–])';
/** "… Party of America", "Massachusetts Institute of Technology": an "of" part continues the name. */
const OF_PART = `(?: of (?:the )?${WORD}(?:\\s(?:and\\s)?${WORD}){0,3})?`;
/** "Corporation", "Bank", "Times": a last word that makes a name an organization's. */
export function isOrganizationWord(word: string): boolean {
  return ORGANIZATION_WORD.test(word);
}
const ORGANIZATION_WORD = new RegExp(`^(?:${SUFFIX})$`);
/** Words that end bodies' names and also name a field a body covers: "Securities and Exchange Commission". */
const FIELDS =
  'Securities|Technology|Energy|Media|Petroleum|Insurance|Communications|Electronics|Telecom|Broadcasting|Radio|Television|Steel|Oil';
const FIELD_WORD = new RegExp(`^(?:${FIELDS})$`);
/** "United Nations Security Council Resolution 1701": a name that goes on into a document's, a prize's or a building's. */
const NOT_THE_END =
  '(?!\\s(?:Resolution|Act|Bill|Report|Award|Prize|Cup|Championship|Games|Building|Tower|Plaza|Stadium|Arena|Hall|Station|Airport)\\b)';
/**
 * "Food and Agriculture Organization", "Nairobi City Water and Sewerage Company": "and" joins two
 * words of one name when the word before it is no kind of body; after "Zenith Bank" it starts a
 * second name, and inside an "of" part ("University of Washington and Stanford University") it
 * ends the first.
 */
const AND_INSIDE = `(?<!\\b(?:${SUFFIX})\\s)(?<!\\bof\\s\\S+\\s)and\\s|(?<=\\b(?:${FIELDS})\\s)and\\s`;
const SUFFIXED = new RegExp(
  `${WORD_START}((?:${WORD}\\s(?:(?:for|&)\\s|${AND_INSIDE})?)+(?:${SUFFIX})${OF_PART})(?![\\p{L}])${NOT_THE_END}`,
  'gu',
);
const SUFFIXED_WITHOUT_AND = new RegExp(
  `${WORD_START}((?:${WORD}\\s(?:(?:for|&)\\s)?)+(?:${SUFFIX})${OF_PART})(?![\\p{L}])${NOT_THE_END}`,
  'gu',
);
const OF_FORM = new RegExp(
  `${WORD_START}((?:${WORD}\\s)*(?:Ministry|Department|University|Bank|Council|Federation|Association|Organization|Organisation|Institute|Academy|Church|Commission|Office|Court|Union|League|Party) of (?:the )?(?:${WORD})(?:\\s(?:and\\s)?${WORD}){0,3})`,
  'gu',
);

const LEADING_NOISE =
  /^(?:The|A|An|In|On|At|By|For|From|And|But|Or|As|This|That|When|While|After|Before|Both|Former|Then|Some|All|Other|Owner|Parent|Rival|Subsidiary|Carmaker|Automaker|Retailer|Lender|Insurer|Steelmaker|\d+|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+/;

/** "General" of "General Secretary", "Deputy" of "Deputy Director": a title's first word. */
const TITLE_OPENER = /^(?:General|Deputy|Vice|Acting|Assistant|Executive)$/;
export const TITLE_AFTER_NAME =
  /^(?:Governor|President|Minister|Secretary|Chairman|Chairwoman|Director|Spokesman|Spokeswoman|Chief|Mayor|Senator|Premier|Leader|CEO)$/;

/**
 * "Bank of Uganda Governor", "Department of Homeland Security Michael Chertoff", "University of Miami and
 * Chris Fallows", "University of Washington and Stanford University", "Plaid Cymru and the Assembly": a name ends
 * where a person's name or a second organization begins.
 */
function endOfName(words: string[]): string[] {
  for (let index = 1; index < words.length; index++) {
    const word = words[index] ?? '';
    if (
      index >= 2 &&
      (TITLE_AFTER_NAME.test(word) ||
        (isGivenName(word) && /^\p{Lu}/u.test(words[index + 1] ?? '')))
    )
      // "Communist Party of China General Secretary": "General" opens the title, too.
      return words.slice(
        0,
        index >= 3 && TITLE_AFTER_NAME.test(word) && TITLE_OPENER.test(words[index - 1] ?? '')
          ? index - 1
          : index,
      );
    if (word === 'and' && !isAndInsideName(words.slice(0, index), words.slice(index + 1))) {
      const before = words.slice(0, index);
      // "Senators Don Perata and Dick Ackerman": what stands before "and" is a person, not a body.
      const person = before.some(
        (given, at) => isGivenName(given) && /^\p{Lu}/u.test(before[at + 1] ?? ''),
      );
      return person && !before.some(isOrganizationWord) ? [] : before;
    }
  }
  return words;
}

/**
 * Whether "and" joins two parts of one name rather than two names:
 *   "Food and Agriculture Organization"           two remits in ordinary words, then the head: one name
 *   "Ministry of Culture and Islamic Guidance"    the head before, a remit after: one name
 *   "Department of Health and Human Services"     two remits in ordinary words: one name
 *   "Toyota and General Motors", "AP and NBC"     a name before "and": two names
 *   "White House and Federal Reserve"             a word that ends a name of its own: two names
 *   "Union Bank of Nigeria and Zenith Bank"       a body on each side: two names
 *   "Securities and Exchange Commission"          a field before "and" (Securities, Radio): one name
 *   "University of Miami and Chris Fallows"       a person after: a name and a person
 *   "Plaid Cymru and the Assembly"                "and the" never joins two words of one name
 *   "Werner Erhard and Associates"                a firm of a founder and partners: one name
 */
function isAndInsideName(before: readonly string[], after: readonly string[]): boolean {
  const wordBefore = before.at(-1) ?? '';
  const wordAfter = after[0] ?? '';
  if (!/^\p{Lu}/u.test(wordAfter)) return false;
  if (after.length === 1 && PARTNERS.test(wordAfter)) return true;
  if (after.some((word) => isAcronym(word) || isGivenName(word))) return false;
  const isBodyWord = (word: string, at: number) =>
    isOrganizationWord(word) && !(at === before.length - 1 && FIELD_WORD.test(word));
  const bodyBefore = before.some(isBodyWord);
  const bodyAfter = after.some(isOrganizationWord);
  // "Republican and Democratic", "Green and Labour": two parties, where "Social Democratic and
  // Labour Party" is one.
  if (before.length === 1 && PARTY_WORDS.test(wordBefore)) return false;
  // "Intermix Media and Scout Media": two bodies of one kind.
  if (wordBefore === after.at(-1)) return false;
  if (!bodyBefore) return isRemitWord(wordBefore) && isRemitWord(wordAfter);
  if (!bodyAfter) return isEnglishWord(after.at(-1) ?? '');
  // "Department of Health and Human Services", "Radio and Television": two remits, where "Bank of
  // China and Zenith Bank" names a place, then another body, and "College of Law and Vermont Law
  // School" a second body of three words.
  const ofAt = before.lastIndexOf('of');
  const remit = ofAt >= 0 ? before.slice(ofAt + 1) : [wordBefore];
  const afterHead = after.includes('of') ? after.slice(0, after.indexOf('of')) : after;
  return afterHead.length <= 2 && [...remit, ...afterHead].every(isRemitWord);
}

const PARTNERS = /^(?:Associates|Partners|Sons|Daughters|Brothers|Company|Co\.)$/;
/** Words that end a name of their own ("White House", "Delta Air Lines", "Senate"), not a remit. */
const ENDS_A_NAME = /^(?:House|Lines|Senate|Congress|Force|Forces|Service|Times)$/;
const PARTY_WORDS =
  /^(?:Democratic|Republican|Independent|Liberal|Conservative|Labour|Labor|Green|Democrat)$/;
const isAcronym = (word: string) => /^\p{Lu}[\p{Lu}&.\d]+$/u.test(word);
/** "Food", "Ecology", "Radio-television", "Australian": what a body is for, or whose. */
const isRemitWord = (word: string) =>
  !isAcronym(word) &&
  !ENDS_A_NAME.test(word) &&
  word.split('-').every((part) => isEnglishWord(part) || isGroupWord(part));

/** Plural nouns of people whose possessive opens a body's name: "People's Party", "Workers' Union". */
const PEOPLE_POSSESSIVE =
  /^(?:People|Peoples|Workers|Women|Men|Children|Farmers|Citizens|Veterans|Teachers|Students|Nurses|Peasants|Soldiers|Journalists|Writers|Employers|Consumers|Taxpayers|Lawyers|Doctors|Boys|Girls|Mothers|Pensioners|Miners|Seamen)['’]s?$/u;

/**
 * "Khmer-language", "Sydney-based", "state-owned": a compound adjective says what a body is
 * like, it is no word of its name.
 */
const ADJECTIVE_COMPOUND =
  /^\S+-(?:language|based|owned|run|backed|led|speaking|registered|listed|funded|controlled|affiliated|born|dominated|appointed|influenced|allied|linked|sponsored|aligned|installed|inspired)$/iu;
const ADJECTIVE_BEFORE_NAME =
  /^(?:\S+\s+)*?\S+-(?:language|based|owned|run|backed|led|speaking|registered|listed|funded|controlled|affiliated|born)\s+/iu;

/** Military units that bear a number: "16 Air Assault Brigade", "3 Commando Brigade". */
const NUMBERED_UNIT =
  /^\d{1,3} (?:\S+ )*(?:Brigade|Regiment|Division|Battalion|Squadron|Corps|Fleet|Wing)$/u;
const isNumberedUnit = (name: string) => NUMBERED_UNIT.test(name);

/** Present participles of verbs of speech that open a clause before a name: "Telling ABC Radio". */
const SPEECH_VERB =
  /^(?:Telling|Citing|Quoting|Speaking|Talking|Saying|Writing|Asking|Accusing|Urging|Blaming|Thanking|Warning|Informing|Calling)$/;

/** "Weekly Standard", "Daily Mirror": a "-ly" word of time that is a periodical's own. */
const CALENDAR_STEM = /^(?:Hour|Dai|Day|Week|Fortnight|Month|Quarter|Year|Night)$/;

export function cleanOrganizationName(name: string): string {
  // "Australia's Griffith University", "Tuesday's Democratic Party": the possessor is not part of the name.
  // "'Office of Presidential Advance'": quote marks around a name are punctuation; a closing
  // one after "s" is a plural's possessive ("Workers'") and stays.
  let result = name
    .trim()
    .replace(/^['’‘]+/u, '')
    .replace(/(?<![sS])['’]+$/u, '');
  // "People's Mojahedin Organization", "Women's Institute": a people's possessive names whose
  // body it is, and is part of the name; "Bhutto's Pakistan People's Party" still loses "Bhutto's".
  let possessorEnd = 0;
  for (const possessive of result.matchAll(/\S+(?:['’]s|s['’])\s+/gu))
    if (!PEOPLE_POSSESSIVE.test(possessive[0].trim()))
      possessorEnd = possessive.index + possessive[0].length;
  result = result.slice(possessorEnd);
  result = result.replace(/^.*\bThe\s+/u, '').replace(ADJECTIVE_BEFORE_NAME, '');
  // "Recently Wikia, a commercial company …": a sentence's adverb, not the name's first word.
  const adverb = /^(\S+)ly (?=\S)/u.exec(result)?.[1] ?? '';
  if (
    adverb.length >= 4 &&
    isEnglishWord(adverb) &&
    isEnglishWord(`${adverb}ly`) &&
    !CALENDAR_STEM.test(adverb)
  )
    result = result.slice(adverb.length + 3);
  // "Silver Lake Partners for US$207.5 million": the price's currency, not the name's.
  result = result.replace(/ for (?:US|A|C|NZ|HK|S)$/u, '');
  // "Sunday Times" keeps its day: only a word before a name of two or more words is noise.
  // "16 Air Assault Brigade": a unit's number is part of its name, not a count.
  while (
    LEADING_NOISE.test(result) &&
    result.replace(LEADING_NOISE, '').includes(' ') &&
    !isNumberedUnit(result)
  )
    result = result.replace(LEADING_NOISE, '');
  // "Telling ABC Radio that …", "Canadian TD Financial Group": a verb of speech, or a people's
  // adjective before a name that opens with an acronym, is the sentence's, not the name's.
  const opener = /^(\S+) (?=\S+ )/u.exec(result)?.[1] ?? '';
  const acronymNext = /^\S+ \p{Lu}{2,}\b/u.test(result);
  if (SPEECH_VERB.test(opener) || (acronymNext && isGroupWord(opener)))
    result = result.slice(opener.length + 1);
  // "Gallup for World Economic Forum": "for" joins a name only after an ordinary word ("Cinema for Peace").
  const joined = /^(\S+) for (.+)$/u.exec(result);
  if (joined && !isEnglishWord(joined[1] ?? '')) result = joined[2] ?? '';
  // "Shares for the Frontier Financial Corporation": after "for the", a body of its own.
  const forThe = /^(?:\S+ )+for the ((?:\S+ )+(\S+))$/u.exec(result);
  if (forThe && isOrganizationWord(forThe[2] ?? '')) result = forThe[1] ?? '';
  return endOfName(result.replace(/['’]s$/u, '').split(/\s+/)).join(' ');
}

/** Words that end bodies' names and are English surnames too. */
const SURNAME_LIKE_HEAD = /^(?:Steel|Post|Press|Bank|Banks|Court|Marshall)$/;

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Words that open a sentence or clause, never an organization's name: "In 2016", "If Parliament". */
const CLAUSE_OPENERS = new Set([
  'in',
  'if',
  'for',
  'although',
  'though',
  'when',
  'while',
  'after',
  'before',
  'since',
  'until',
  'as',
  'but',
  'and',
  'or',
  'at',
  'on',
  'by',
  'with',
  'from',
  'of',
  'during',
  'because',
  'unlike',
  'like',
]);

/**
 * The last check on any organization name a story yields, whatever found it: it starts with a
 * capital, is not a date ("October 2016", "May 2") or a number ("29"), does not open with a
 * word that opens clauses, and names a body rather than a role or an ownerless committee.
 */
export function isOrganizationShaped(name: string): boolean {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (!/^[\p{Lu}\p{N}]/u.test(first) || !/\p{L}/u.test(name)) return false;
  if (/^\p{N}+$/u.test(first) && words.length < 3) return false;
  if (CLAUSE_OPENERS.has(first.toLowerCase())) return false;
  if (words.some((word) => ADJECTIVE_COMPOUND.test(word))) return false;
  // "MEPs", "NGOs": the plural of an acronym names the members of a kind, not one body.
  if (/^\p{Lu}{2,}s$/u.test(name)) return false;
  // "held in December Press reports …": a month before one body's word is a date, then the
  // next sentence ("Sunday Times" keeps its weekday, a newspaper's own).
  if (words.length === 2 && MONTH.test(first) && ORGANIZATION_WORD.test(words[1] ?? ''))
    return false;
  // "author Danielle Steel": a given name, then a body's word that is a surname too.
  if (
    words.length === 2 &&
    isGivenName(first) &&
    !isEnglishWord(first) &&
    SURNAME_LIKE_HEAD.test(words[1] ?? '')
  )
    return false;
  if (isCalendarWord(first) && (words.length === 1 || /^\d/.test(words[1] ?? ''))) return false;
  // "Plaid Cymru and the Assembly": "and the" joins two names, not the parts of one.
  if (/ and the \p{Lu}/u.test(name)) return false;
  // "Miloš Aligrudić of Democratic Party of Serbia": a person and the body they belong to.
  // Two words that are neither ordinary, nor a place's, nor a body's (a given name is a name), then "of".
  if (
    words[2] === 'of' &&
    words
      .slice(0, 2)
      .every(
        (word) =>
          /^\p{Lu}\p{Ll}/u.test(word) &&
          !ORGANIZATION_WORD.test(word) &&
          (isGivenName(word) || (!isEnglishWord(word) && !isNonPersonName(word))),
      )
  )
    return false;
  if (isGenericOrganizationName(name)) return false;
  // "Bank of America's World HQ": a headquarters is a body's building or office, not a body.
  if (/^(?:HQ|Headquarters)$/u.test(words.at(-1) ?? '')) return false;
  // "Setanta Sports 1 & 2": numbered channels or products, two of them, not a body.
  if (/\p{L} \d+ (?:&|and) \d+$/u.test(name)) return false;
  // "Horry County", "Helmand Province": a place's division, the place and not its government.
  if (
    words.length >= 2 &&
    PLACE_DIVISION.test(words.at(-1) ?? '') &&
    !SERVICE_DISTRICT.test(words.at(-2) ?? '')
  )
    return false;
  // "Marxist-Leninist", "Christian-Democratic": a creed's adjectives joined, no body's name.
  if (words.length === 1 && CREED_PAIR.test(name)) return false;
  // "Islamists", "Maoists": the adherents of a faith or a creed are a group, not one body.
  if (words.length === 1 && /s$/u.test(name) && isAdherentWord(name.slice(0, -1))) return false;
  // "HD Radio": a format's acronym before a medium names a standard or a product.
  if (words.length === 2 && FORMAT_ACRONYM.test(first) && MEDIUM.test(words[1] ?? '')) return false;
  // "PV Taiwan 2007 Forum": a year inside a forum's or a summit's name makes it an event.
  if (words.some((word) => /^(?:19|20)\d\d$/.test(word)) && EVENT_HEAD.test(words.at(-1) ?? ''))
    return false;
  // "11th" (of "the 11th Armoured Division"), "Executive Office of the": a fragment's ends.
  if (/^\d+(?:st|nd|rd|th)$/u.test(name) || /^(?:of|the|and|for)$/.test(words.at(-1) ?? ''))
    return false;
  return !(words.length === 2 && words.some((word) => /^\d+$/.test(word)));
}

const PLACE_DIVISION = /^(?:County|Province|District|Prefecture|Township|Governorate|Oblast)$/;
/** "Los Angeles Unified School District": a district that is a service's, a body. */
const SERVICE_DISTRICT =
  /^(?:School|Water|Fire|Irrigation|Hospital|Utility|Sanitation|Transit|Library)$/;
const CREED_PAIR = /^\p{Lu}\p{Ll}+(?:ist|ite|ic|ian)-\p{Lu}\p{Ll}+(?:ist|ite|ic|ian)$/u;

/** "Muslim", "Islamist", "Shiite": a word for a follower of a faith, a people or a creed. */
export const isAdherentWord = (word: string) =>
  isGroupWord(word) || /^\p{Lu}\p{Ll}{2,}(?:ist|ite)$/u.test(word);
const FORMAT_ACRONYM = /^(?:HD|SD|DVD|CD|USB|GPS|LCD|LED|DAB|DVB|3G|4G|5G|MP3|IP)$/;
const MEDIUM = /^(?:Radio|Television|TV|Video|Audio|Phone|Player)$/;

const EVENT_HEAD = /^(?:Forum|Summit|Conference|Congress|Expo|Exhibition|Fair|Festival)$/;

/**
 * "White House Press Secretary", "Foreign Ministry Press Officer": a body's last word and the
 * role after it make a title; the name stops short of a body's own.
 */
const ROLE_AFTER_PRESS =
  /^ (?:Secretary|Secretaries|Officer|Officers|Aide|Attaché|Spokesman|Spokeswoman|Spokesperson|Briefing|Release)\b/u;

/** "University of Texas at Austin": a campus named after "at" is part of the university's name. */
const CAMPUS_AFTER = /^ at (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u;
const CAMPUS_HEAD = /^(?:.+ )?(?:University|College|Institute) of \S+(?: \S+)?$/u;

/**
 * "Netherlands Institute for Neuroscience", "Permanent Committee of Solidarity with the People
 * in Fight": the name goes on past where the pattern stops.
 */
/** Kinds of body whose possessive names a part of the body: "the party's", "the company's". */
const BODY_KIND_POSSESSOR =
  /^(?:party|company|government|union|movement|organisation|organization|group|army|church|council|ministry|firm|bank)$/;

const GOES_ON_WITH_FOR = /^ (?:for (?:the )?[\p{Lu}\d]|with the \p{Lu})/u;

/** Titles that follow the body they belong to: "Communist Party of China General Secretary". */
const TITLE_AFTER_BODY =
  /^ (?:Chief|Secretary|General Secretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Commissioner|Chairman|Chairwoman|Director|President|Governor)\b/u;
/** Words that open a title, not a body: "Interim Police Chief", "Acting Police Commissioner". */
const TITLE_RANK = /^(?:Interim|Acting|Deputy|Assistant|Former|Senior|Vice|Associate)$/;

/**
 * A name followed by a title: "Communist Party of China General Secretary" loses the title's
 * first word the "of" part took ("General"); "Interim Police Chief" is a rank and a title, no
 * body: null.
 */
export function withoutTitleAfter(name: string, after: string): string | null {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  const titleAfter = TITLE_AFTER_BODY.test(after);
  if (
    TITLE_OPENER.test(last) &&
    (titleAfter || TITLE_AFTER_BODY.test(` ${last}${after}`)) &&
    words.length > 2
  )
    return words.slice(0, -1).join(' ');
  if (titleAfter && TITLE_RANK.test(words[0] ?? '')) return null;
  return name;
}
const COMPASS_POINT = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Left|Right)$/;

/** Words of position that name places too ("Central" in Hong Kong), never a body's own place. */
const POSITION_WORD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Middle|Greater)$/;

/**
 * "Volta River Authority", "University of Waterloo": a place opens the name or ends its "of"
 * part. A common word ("Department of Enterprise") or a position ("Central Election
 * Commission") that a town also bears is not one.
 */
function isBuiltOnPlace(words: readonly string[], isPlaceName: (name: string) => boolean): boolean {
  const ofAt = words.indexOf('of');
  return [words[0], ofAt >= 0 ? words.at(-1) : undefined].some(
    (word) =>
      word !== undefined &&
      isPlaceName(word) &&
      !isCommonWord(word) &&
      !POSITION_WORD.test(word) &&
      !/^\p{Lu}+$/u.test(word),
  );
}

/**
 * "Delta and Continental Airlines": a word, "and" and a name of two words the archive learns
 * on its own, where the first word opens another name it learns ("Delta Air Lines"), is two
 * bodies written with one shared last word.
 */
export function isTwoNamesJoined(
  name: string,
  isLearnt: (name: string) => boolean,
  opensLearntName: (word: string) => boolean,
): boolean {
  const [first, and, ...rest] = name.split(' ');
  return (
    and === 'and' &&
    first !== undefined &&
    rest.length === 2 &&
    isLearnt(rest.join(' ')) &&
    opensLearntName(first)
  );
}

/**
 * "New Zealand National" of "the New Zealand National party": a name of two or more words that
 * the archive also learns with "Party" after it is that party's name cut short.
 */
export function isPartyNameCutShort(name: string, isLearnt: (name: string) => boolean): boolean {
  // "Family First", "One Nation" are parties' own short names; a creed's adjective is none.
  return (
    name.includes(' ') &&
    PARTY_ADJECTIVE.test(name.split(' ').at(-1) ?? '') &&
    isLearnt(`${name} Party`)
  );
}
const PARTY_ADJECTIVE =
  /^(?:National|Labour|Labor|Liberal|Democratic|Conservative|Socialist|Communist|Republican|Progressive|Green|Nationalist|Radical|Popular|Social|Christian|Democrat|Unionist|Agrarian|Independent)$/;

/** Words that end a company's name whatever comes after: "Boskovich Farms Inc.". */
const COMPANY_FORM = /^(?:Inc\.?|Incorporated|Ltd\.?|Limited|Corp\.|Co\.|LLC|PLC|GmbH|AG|SA)$/;

/**
 * "Boskovich Farms Inc. of Oxnard", "Grameen Bank of Bangladesh": "of" and a place after a
 * company's form, or after a bank already named by a word of its own, says where it is; the
 * name ends before. "Bank of Uganda", "Central Bank of Sudan" need their place.
 */
export function withoutLocator(name: string, isPlaceName: (name: string) => boolean): string {
  const words = name.split(' ');
  const ofAt = words.indexOf('of');
  if (ofAt < 2) return name;
  const owner = words.slice(ofAt + 1).filter((word) => word !== 'the');
  if (!isPlaceName(owner.join(' '))) return name;
  const head = words[ofAt - 1] ?? '';
  const ownName = words
    .slice(0, ofAt - 1)
    .some((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isEnglishWord(word) && !isPlaceName(word));
  return COMPANY_FORM.test(head) || (head === 'Bank' && ownName)
    ? words.slice(0, ofAt).join(' ')
    : name;
}

/** Names of periodicals, that are titles of books and games too. */
const PERIODICAL = /\b(?:Times|Chronicle|Journal|Herald|Tribune|Gazette|Magazine|Post|News)$/;

/**
 * "Darkstalkers Chronicle: The Chaos Tower", "Modern Times by …": a periodical's name followed
 * by a subtitle or by its author is the title of a book, a game or a film.
 */
function isTitleOfWork(name: string, after: string): boolean {
  return PERIODICAL.test(name) && /^(?:: \p{Lu}| by\b)/u.test(after);
}

/**
 * Organization names found by form alone, in order of first mention.
 * @param isPlaceName the gazetteer: "the Volta River Authority", "the University of Waterloo"
 *   are built on a place, though the dictionary knows "volta" and "waterloo" as words.
 * @param isRegistered the registry's organizations: a name it lists keeps its "of" part.
 */
export function findOrganizationCandidates(
  text: string,
  isPlaceName: (name: string) => boolean = () => false,
  isRegistered: (name: string) => boolean = () => false,
): string[] {
  const found = new Set<string>();
  // Where a name joined by "and" stands, its parts are no names of their own ("Sewerage
  // Company"); where "and" turned out to join two names, the second is found on its own.
  const joinedSpans: { start: number; end: number }[] = [];
  for (const pattern of [SUFFIXED, OF_FORM, SUFFIXED_WITHOUT_AND]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      if (
        pattern === SUFFIXED_WITHOUT_AND &&
        joinedSpans.some((span) => start >= span.start && start < span.end)
      )
        continue;
      // "Netherlands Institute for Neuroscience": the name goes on past its head; cut there it
      // would be a fragment.
      const end = (match.index ?? 0) + match[0].length;
      if (GOES_ON_WITH_FOR.test(text.slice(end, end + 12))) continue;
      if (isTitleOfWork(match[1] ?? '', text.slice(end, end + 4))) continue;
      if (/\bPress$/u.test(match[1] ?? '') && ROLE_AFTER_PRESS.test(text.slice(end, end + 16)))
        continue;

      // "the party's Political Bureau": a part, in ordinary words, of a body the story named
      // before, no body of its own ("the province's Athabasca University" is one).
      // "the party's Polit Bureau": so is any part of a body a kind's possessive names.
      const possessor = /\b(\p{Ll}+)['’]s?\s+$/u.exec(text.slice(Math.max(0, start - 20), start));
      // "the Philippine army's 104th Brigade" is a unit with its own number.
      if (
        possessor &&
        (isOrdinaryPhrase((match[1] ?? '').replace(/\bof\b|\bthe\b|\band\b/g, '')) ||
          (BODY_KIND_POSSESSOR.test(possessor[1] ?? '') &&
            !/^\d/u.test(match[1] ?? '') &&
            !(match[1] ?? '').split(' ').some(isPlaceName)))
      )
        continue;
      const whole = cleanOrganizationName(match[1] ?? '');
      const cleaned = (match[1] ?? '').endsWith(whole)
        ? withoutTitleAfter(whole, text.slice(end, end + 20))
        : whole;
      if (cleaned === null) continue;
      const campus = CAMPUS_AFTER.exec(text.slice(end, end + 40))?.[1];
      const name =
        campus && CAMPUS_HEAD.test(cleaned) && isPlaceName(campus)
          ? `${cleaned} at ${campus}`
          : isRegistered(cleaned)
            ? cleaned
            : withoutLocator(cleaned, isPlaceName);
      const words = name.split(/\s+/);
      if (words.length < 2 || words.some((word) => isRunTogether(word, text))) continue;
      // "Brazilian Agency": a nationality and a kind of body name no body in particular.
      if (words.length === 2 && isGroupWord(words[0] ?? '')) continue;
      // "West Bank", "South Bank": a compass point and a bank is a river's bank, not a lender.
      if (words.length === 2 && words[1] === 'Bank' && COMPASS_POINT.test(words[0] ?? '')) continue;
      // "the Standing Committee" is generic; "New York Times" is not, for the city in it, nor
      // "Discovery Communications", a name written without an article, nor any "… Party".
      // "20th National Congress of the Communist Party of China": inside a longer name.
      // ("Fighters of the Kurdistan Workers' Party" opens a sentence with an ordinary word.)
      // "Erik Kurilla of the 24th Infantry Regiment" is a person's unit, not a longer name.
      const before = /[^.!?\s]\s+(\p{Lu}[\p{L}'’-]*) of (?:the )?$/u.exec(
        text.slice(Math.max(0, (match.index ?? 0) - 40), match.index),
      )?.[1];
      if (before && isEnglishWord(before) && !isGivenName(before)) continue;
      const withArticle = /\b(?:the|a|an|The|A|An)\s+$/.test(
        text.slice(Math.max(0, (match.index ?? 0) - 5), match.index),
      );
      // "The Food and Agriculture Organization": a body of two named remits is no generic one.
      if (
        !/ and \p{Lu}/u.test(name) &&
        isOrdinaryPhrase(name.replace(/\bof\b|\bthe\b|\band\b/g, '')) &&
        !words.some(isNonPersonName) &&
        !isBuiltOnPlace(words, isPlaceName) &&
        (withArticle || /^The\s/.test(match[1] ?? '')) &&
        words.at(-1) !== 'Party'
      )
        continue;
      found.add(name);
      if (/ and \p{Lu}/u.test(name)) {
        const at = text.indexOf(name, start);
        if (at >= 0) joinedSpans.push({ start: at, end: at + name.length });
      }
    }
  }
  return [...found];
}
