/**
 * People named in a story, found by the rules of news writing rather than a statistical
 * tagger: a name is taken only where the sentence says it is a person (a title or role
 * before it, a verb of speech or action next to it, an apposition after it, or a known
 * given name first: "Premier Li Qiang"). Surname-only mentions ("President Putin") are
 * resolved against full names later, so a lone "Putin" is never a person of its own.
 */
import { isEnglishWord, isOrdinaryPhrase } from './english-words';
import { isCommonWord, isGivenName, isGroupWord, isNonPersonName } from './lexicon';
import { isRunTogether } from './run-together';
import { isPlaceOrBodyApposition } from './apposition-kind';
import { findNameLists, singularBefore } from './name-lists';
import {
  beforeVerb,
  isBodyOrPlaceName,
  isTownName,
  withoutLeadingTitles,
  withoutPortfolio,
} from './person-name-edges';
import {
  APPOSITION_AFTER_NAME,
  NAME_RUN,
  NOT_NAME_WORDS,
  SPEECH_VERBS,
  TITLE_BEFORE_NAME,
} from './name-patterns';

export interface PersonCandidates {
  /** Names of two or more words, as written (possessive removed). */
  fullNames: Set<string>;
  /** Single words that a title marks as a person: "President Putin" → "Putin". */
  surnames: Set<string>;
  /** The full names that a cue in the sentence marks as people, not a known given name alone. */
  cued: Set<string>;
}

/** Verbs that, after a name, are done by people rather than by bodies: "Zhang Gaoli attended". */
const PERSON_VERBS = 'attended|visited|resigned|died';
const LIST_END_CUE = new RegExp(
  `^\\s+(?:has |have |had |also |all |both |later |then )?(?:${SPEECH_VERBS}|${PERSON_VERBS})\\b`,
  'u',
);
const TITLE_WORDS = new Set(TITLE_BEFORE_NAME.map((title) => title.toLowerCase()));

/** "said Nadia Rahman": the speaker after the verb. */
const SPEECH_BEFORE_NAME = new RegExp(
  `\\b(?:${SPEECH_VERBS}|according to|by|with|spokesperson|spokesman|spokeswoman)\\s+(${NAME_RUN})`,
  'gu',
);
/**
 * "said Huawei Cloud and Tencent had rented": a name that a verb of its own follows is the
 * subject of what was said, not the speaker, and may be anything.
 */
const SUBJECT_OF_REPORTED_CLAUSE =
  /^(?:\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?\s+(?:had|has|have|would|will|was|were|is|are|could|can|should|must|might|may)\b/u;
const APPOSITION_CUE = new RegExp(`(${NAME_RUN}),\\s+(?:${APPOSITION_AFTER_NAME})`, 'gu');

const TITLES = [...TITLE_BEFORE_NAME].sort((a, b) => b.length - a.length).join('|');
const CUES: RegExp[] = [
  new RegExp(`(?<![\\p{L}])(?:${TITLES}),?\\s+(${NAME_RUN})`, 'gu'),
  // "said the chief economist at Norinchukin Research Institute, Takeshi Minami."
  new RegExp(
    `(?<![\\p{L}])(?:${TITLES}) (?:at|of|for|with) (?:the )?\\p{Lu}[^,.;:"“”]{0,60}, (${NAME_RUN})(?=[,.])`,
    'gu',
  ),
  SPEECH_BEFORE_NAME,
  new RegExp(
    `(${NAME_RUN})\\s+(?:has |had |also |later |then )?(?:${SPEECH_VERBS}|${PERSON_VERBS})\\b`,
    'gu',
  ),
  APPOSITION_CUE,
  new RegExp(`(${NAME_RUN})\\s+\\((?:\\d{1,3}|[A-Z]{1,3}-[A-Z\\p{L}]+)\\)`, 'gu'),
];
/** Any capitalised run: kept only when it opens with a given name ("Dave Brandon"). */
const ANY_NAME = new RegExp(NAME_RUN, 'gu');

/** Words that end organisations, agreements, venues, places and things, never people: "Abraham Accords", "Adam Air". */
const NON_PERSON_LAST_WORDS =
  /^(?:Group|Technology|Technologies|Industry|Industries|Automobile|Company|Corporation|Corp|Co|Ltd|Inc|Bank|University|College|School|Council|Committee|Ministry|Department|Agency|Association|Organization|Organisation|Party|Union|Airlines|Airways|Motors|Holdings|Times|Post|News|Network|Institute|Foundation|Hospital|Airport|Stadium|Street|Road|Avenue|Square|Park|Bridge|River|Lake|Mountain|Island|Islands|Province|Region|State|City|County|District|Valley|Club|Court|Police|Army|Force|Forces|Navy|Games|Cup|Championship|League|Festival|Award|Awards|Prize|Act|Bill|Treaty|Day|Week|War|Church|Cathedral|Museum|Centre|Center|Service|Services|Office|Board|Fund|Program|Programme|Project|Report|Media|Press|Radio|Television|TV|Channel|Magazine|Journal|Herald|Tribune|Telegraph|Guardian|Commission|Court|Assembly|Parliament|Congress|Senate|Government|Administration|Cabinet|Movement|Front|Alliance|Coalition|Federation|Republic|Kingdom|Empire|Dynasty|Era|Age|Virus|Disease|Syndrome|Index|Exchange|Market|Street|House|Tower|Palace|Centre|Prison|Base|Station|Port|Bay|Sea|Ocean|Gulf|Strait|Canal|Desert|Forest|Reserve|Accords?|Agreement|Protocol|Doctrine|Plan|Oval|Arena|Air|Shimbun|Rouge|PCs|Capital|Care|Medical|Mac|Laboratories|Pharmaceuticals|Energy|Records|Studios|Pictures|Entertainment|Trust|Sciences|Financial|Bancorp|Communications|Systems|Insurance|Partners|Brands|Foods|Resources|Securities|Electronics|Automotive|Pharma|Therapeutics|Software|Solutions|Logistics|Tree|Vehicle|Battalion|Brigade|Regiment|Corps|Tribe|Gardens|Common)$/;

const HONOURS_AFTER_NAME = /^(?:QC|KC|MP|MEP|MBE|OBE|CBE|PhD|Jr\.?|Sr\.?)$/;

/**
 * Common Chinese (Mandarin and Cantonese spellings) and Korean surnames. Many read as English
 * words or are in the lexicon as such ("Ma", "He", "Yu", "Wang", "Song", "Park"), so a name that
 * opens with one is taken as a name, not as a word before one.
 */
const EAST_ASIAN_SURNAMES = new Set(
  (
    'Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie ' +
    'Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Lu Wei Ye Cheng Du Su Ding Ren Shen Yao Cui ' +
    'Zhong Tan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Gu Mao Hao Gong ' +
    'Shao Wan Qian Dai Mo Kong Xiang Chan Wong Lee Cheung Lau Ho Ng Leung Lam Tse Yip Kwok Fung Kwan Lo Siu Chow Chung Tsang ' +
    'Mak Choi Yeung Kim Park Jung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Nam Ha ' +
    'Kwak Sung Cha Joo Woo Min Ryu Na Ji Chae Won Wen Rao Lai Niu Weng Bao Zhuang Kuang Ou Qi Mei'
  ).split(' '),
);

/** One romanised Chinese or Korean syllable: "Tai", "man", "Ki", "moon", "jeou", "Shyi". */
const SYLLABLE = /^[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|k|p|t|h|w)?$/;

/**
 * "Chan Tai-man", "Ban Ki-moon", "Ma Ying-jeou": a surname and a given name of two syllables
 * joined by a hyphen is an East Asian name, whatever the surname means in English
 * ("Kong-based" or "Coca-cola" are not syllables).
 */
function isHyphenatedGivenName(words: readonly string[]): boolean {
  const parts = /^(\p{Lu}\p{Ll}{0,5})-(\p{Ll}{1,6})$/u.exec(words[1] ?? '');
  return (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{0,4}$/u.test(words[0] ?? '') &&
    parts !== null &&
    SYLLABLE.test(parts[1]!.toLowerCase()) &&
    SYLLABLE.test(parts[2]!) &&
    SYLLABLE.test((words[0] ?? '').toLowerCase())
  );
}

/** "Lee Hsien Loong", "Lee Kuan Yew": a surname and a given name of two syllables written apart. */
function isThreeSyllableName(words: readonly string[]): boolean {
  return (
    words.length === 3 &&
    EAST_ASIAN_SURNAMES.has(words[0] ?? '') &&
    words.slice(1).every((word) => /^\p{Lu}/u.test(word) && SYLLABLE.test(word.toLowerCase()))
  );
}

/** "Ma Lin", "He Jun", "Chan Tai-man": a Chinese surname and a given name, not an English word and a name. */
export function isChineseName(words: readonly string[]): boolean {
  if (isHyphenatedGivenName(words)) return true;
  return (
    words.length === 2 &&
    EAST_ASIAN_SURNAMES.has(words[0] ?? '') &&
    /^\p{Lu}\p{Ll}{1,6}(?:-\p{Ll}{2,5})?$/u.test(words[1] ?? '') &&
    !NOT_NAME_WORDS.has(words[1] ?? '')
  );
}

/**
 * Words that open the name of an event, a thing, a place or a part of a document, never a
 * person's: "Hurricane Dorian", "Chapter VII" (of the UN Charter).
 */
const NON_PERSON_FIRST_WORDS =
  /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical|Operation|Battle|Siege|World|Camp|Fort|Port|Mount|Lake|Cape|Club|Team|Radio|Air|Flight|Chapter|Article|Section|Paragraph|Amendment|Resolution)$/;

/** A title, a role or another capitalised word that may stand before a name: "Speaker", "Vegan", "Assemblyman". */
function isWordBeforeName(word: string): boolean {
  if (isGivenName(word)) return false;
  // "Secretary-General", "Vice-Chairman": a title written with a hyphen is its parts.
  if (word.includes('-'))
    return word.split('-').every((part) => part !== '' && isWordBeforeName(part));
  // "Taoiseach": a noun the lexicon knows, though the dictionary does not.
  return (
    isEnglishWord(word.replace(/[.’']/g, '')) ||
    TITLE_WORDS.has(word.toLowerCase()) ||
    NOT_NAME_WORDS.has(word) ||
    isGroupWord(word) ||
    isCommonWord(word)
  );
}

/**
 * "Speaker Nancy Pelosi", "Las Vegan Kathie Anderson", "Zealander Olaf Wiig": what
 * stands before a name is not part of it. Cut only where a name of two words is left.
 */
function stripWordsBeforeName(words: string[]): string[] {
  let rest = words;
  while (rest.length > 2 && isWordBeforeName(rest[0] ?? '') && !isThreeSyllableName(rest))
    rest = rest.slice(1);
  const firstGiven = rest.findIndex((word) => isGivenName(word));
  if (
    firstGiven > 0 &&
    rest.length - firstGiven >= 2 &&
    !rest.slice(0, firstGiven).some(isGivenName)
  ) {
    const before = rest.slice(0, firstGiven);
    // "Chan Tai-man", "Xi Jinping": words the dictionary does not know may be a name's own.
    if (before.every((word) => isWordBeforeName(word) || /(?:er|an|ian|ese|ish|i)$/.test(word)))
      rest = rest.slice(firstGiven);
  }
  return rest;
}

/**
 * @param listMember a later member of a list ("… and Blessings Nyirenda"): no sentence starts
 *   there, so a capitalised common word is the name's own.
 */
function cleanCandidate(
  raw: string,
  isPlaceName: (name: string) => boolean,
  listMember = false,
): string[] {
  let words = raw
    .replace(/['’]s$/u, '')
    .replace(/['’]$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  if (isTownName(words)) return [];
  // "India's Tata": a possessive inside the run ends whatever came before.
  const possessive = words.findLastIndex(
    (word, index) => index < words.length - 1 && /['’]s$/u.test(word),
  );
  if (possessive >= 0) words = words.slice(possessive + 1);
  while (words.length > 0 && HONOURS_AFTER_NAME.test(words.at(-1) ?? '')) words.pop();
  words = beforeVerb(words);
  // "President of Georgia Mikheil Saakashvili": the country belongs to the title.
  // "Hong Kong Disneyland": a place of two words before the rest.
  while (words.length > 2 && isPlaceName(words.slice(0, 2).join(' '))) words.splice(0, 2);
  // A given name that is also a place stays: "Abu Musab al-Zarqawi" (Abu is a town in India).
  while (
    words.length > 2 &&
    !isThreeSyllableName(words) &&
    isPlaceName(words[0] ?? '') &&
    !(isGivenName(words[0] ?? '') && !isNonPersonName(words[0] ?? ''))
  )
    words.shift();
  // Sentence starts and capitalised common words ("Yesterday", "Police") are not part of a name.
  // "Governor Alfredo Cornejo": what follows a title is the name, whatever the dictionary says.
  while (
    words.length > 0 &&
    !isChineseName(words) &&
    !isThreeSyllableName(words) &&
    (NOT_NAME_WORDS.has(words[0] ?? '') ||
      (isCommonWord(words[0] ?? '') &&
        !isGivenName(words[0] ?? '') &&
        !(listMember && !TITLE_WORDS.has((words[0] ?? '').toLowerCase()))))
  ) {
    const shifted = words.shift() ?? '';
    if (TITLE_WORDS.has(shifted.toLowerCase()) && words.length >= 2) break;
  }
  words = withoutPortfolio(withoutLeadingTitles(words));
  // A lower-case last word is not a name's, unless it is a particle joined to one: "al-Khafaji".
  // "Simon Bolivar Airport", "Patrick Henry College", "Kim Il Sung Square": a name that goes on into
  // a venue's or an institution's is that thing's, not a person's.
  if (words.length > 2 && NON_PERSON_LAST_WORDS.test(words.at(-1) ?? '')) return [];
  while (
    words.length > 0 &&
    (NOT_NAME_WORDS.has(words.at(-1) ?? '') ||
      /^(?!(?:al|el|bin|ibn|abu)-\p{Lu})[a-z]/u.test(words.at(-1) ?? ''))
  )
    words.pop();
  return stripWordsBeforeName(words);
}

/** Months that are also given names. */
const MONTH_GIVEN_NAMES = /^(?:April|May|June|August)$/;

/**
 * "Rosa May Pech": a month that is also a given name, between a given name and another word
 * of the run, is the person's middle name or first surname, not a date.
 */
function isMiddleName(words: readonly string[], index: number): boolean {
  return (
    index > 0 &&
    index < words.length - 1 &&
    MONTH_GIVEN_NAMES.test(words[index] ?? '') &&
    isGivenName(words[0] ?? '')
  );
}

function isPlausibleName(words: string[], isPlaceName: (name: string) => boolean): boolean {
  const name = words.join(' ');
  if (words.length === 0 || words.length > 5) return false;
  if (isPlaceName(name)) return false;
  // "World War II" ends in a numeral, like "Elizabeth II": the word before it decides.
  const lastWord = words.findLast((word) => !/^[IVX]+$/.test(word)) ?? '';
  if (
    NON_PERSON_LAST_WORDS.test(lastWord) ||
    NON_PERSON_FIRST_WORDS.test(words[0] ?? '') ||
    isBodyOrPlaceName(words)
  )
    return false;
  // "Chapter VII", "Article IV": a numbered thing, where "Elizabeth II" has a given name.
  if (
    /^[IVX]+$/.test(words.at(-1) ?? '') &&
    words.slice(0, -1).every((word) => isEnglishWord(word) && !isGivenName(word))
  )
    return false;
  if (isChineseName(words) || isThreeSyllableName(words)) return true;
  // "African American", "Roman Catholic": a group, not a person.
  if (words.some(isGroupWord) && !words.every(isGivenName)) return false;
  if (words.some((word) => /^\p{Lu}{2,}$/u.test(word) && word.length > 1 && !/^[IVX]+$/.test(word)))
    return false; // acronyms: BYD, CRRC
  if (words.some((word, index) => NOT_NAME_WORDS.has(word) && !isMiddleName(words, index)))
    return false;
  // A name of ordinary words ("Standing Committee", "Lens Technology") is not a person's.
  if (words.every((word) => isCommonWord(word) && !isGivenName(word))) return false;
  if (!isGivenName(words[0] ?? '') && isOrdinaryPhrase(name)) return false; // "Emergency Situations"
  // "Agence France Presse": a country inside is a name of something else.
  if (
    words
      .flatMap((word) => word.split('-'))
      .some(
        (word) =>
          isPlaceName(word) &&
          /^(?:France|China|India|Russia|Japan|Germany|Italy|Spain|Iran|Iraq|Israel|Egypt|Kenya|Canada|Mexico|Brazil|America|Britain|Europe|Africa|Asia|Korea|Pakistan|Afghanistan|Syria|Turkey|Ukraine|Poland|Australia|Zealand)$/.test(
            word,
          ),
      )
  )
    return false;
  return true;
}

export function findPersonCandidates(
  text: string,
  isPlaceName: (name: string) => boolean,
  title?: string,
): PersonCandidates {
  const fullNames = new Set<string>();
  const surnames = new Set<string>();
  // "Andrew McAvoyis running …" under the headline "Interview with … Andrew McAvoy": the
  // headline too shows the word without its glued "is".
  const withTitle = title ? `${title}\n${text}` : text;
  const consider = (raw: string, requireGivenName: boolean) => {
    const words = cleanCandidate(raw, isPlaceName);
    if (words.some((word) => isRunTogether(word, withTitle))) return;
    if (!isPlausibleName(words, isPlaceName)) return;
    if (words.length === 1) {
      if (!requireGivenName && !isCommonWord(words[0] ?? '')) surnames.add(words[0] ?? '');
      return;
    }
    if (requireGivenName && !isGivenName(words[0] ?? '') && !isHyphenatedGivenName(words)) return;
    // Single-letter words ("J.") alone with a surname are fine; "A B" is not.
    if (words.filter((word) => word.replace(/\./g, '').length > 1).length < 2 && words.length < 3)
      return;
    fullNames.add(words.join(' '));
  };
  for (const cue of CUES) {
    for (const match of text.matchAll(cue)) {
      const run = match[1] ?? '';
      if (match[0].endsWith(run) && isCutShort(text, match.index + match[0].length)) continue;
      const runEnd = match.index + match[0].lastIndexOf(run) + run.length;
      if (cue === SPEECH_BEFORE_NAME && SUBJECT_OF_REPORTED_CLAUSE.test(text.slice(runEnd)))
        continue;
      // "Peng Chau, an island …": the apposition says what the name is.
      if (cue === APPOSITION_CUE && isPlaceOrBodyApposition(text.slice(runEnd + 1))) continue;
      if (isJoinedToBody(text, runEnd - run.length)) continue;
      consider(run, false);
    }
  }
  // Headlines capitalise every word, so only their surest cue counts: "businessman Alan Bond".
  for (const match of (title ?? '').matchAll(CUES[0] ?? /$^/gu)) consider(match[1] ?? '', false);
  for (const members of peopleLists(text, fullNames, isPlaceName))
    for (const member of members) fullNames.add(member);
  const cued = new Set(fullNames);
  for (const match of text.matchAll(ANY_NAME)) {
    if (isCutShort(text, match.index + match[0].length)) continue;
    const words = match[0].split(/\s+/);
    // "Nancy Pelosi … Pelosi said": a name ending in a surname the story marks as a person's.
    if (words.length >= 2 && words.length <= 4 && surnames.has(words.at(-1) ?? ''))
      consider(match[0], false);
    // "Gao Yang … Gao said": a Chinese name opens with the surname the story marks.
    else if (isChineseName(words) && surnames.has(words[0] ?? '')) consider(match[0], false);
    // "Abdul Aziz bin Salman": a particle makes a fourth word.
    // "Irish Taoiseach Bertie Ahern met": a longer run may be a name with what stands before it.
    else if (words.length >= 2 && words.length <= 5) consider(match[0], true);
  }
  // "at Kai Tak", "in Abu Simbel": a name no cue marks, that the story puts where a place goes.
  for (const name of fullNames)
    if (!cued.has(name) && isUsedAsLocation(text, name)) fullNames.delete(name);
  return { fullNames, surnames, cued };
}

/** "new flats at Kai Tak": the name follows a preposition of location and is no one's possessor. */
function isUsedAsLocation(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 3);
    if (/\b(?:at|in|near) $/.test(text.slice(Math.max(0, at - 6), at)) && !/^['’]s\b/u.test(after))
      return true;
  }
  return false;
}

/**
 * "Sun Hung Kai Properties and Henderson Land said": a name joined by "and" to a body's name
 * is another body.
 */
function isJoinedToBody(text: string, runStart: number): boolean {
  const before = /(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*) and $/u.exec(
    text.slice(Math.max(0, runStart - 80), runStart),
  )?.[1];
  if (before === undefined) return false;
  const words = before.split(' ');
  return (
    words.length >= 2 &&
    (NON_PERSON_LAST_WORDS.test(words.at(-1) ?? '') || isBodyOrPlaceName(words))
  );
}

/**
 * "Tourism Minister Rosa María Quispe" of "… Quispe Mamani": a run of capitalised words that
 * another one follows was cut at the length limit of a name; it is a fragment of a longer one.
 */
function isCutShort(text: string, end: number): boolean {
  // "Carol Browner A schedule": a capital letter alone is a word of the next sentence;
  // "Prince Abdul Rahman bin Saad": a particle goes on into the name.
  return /^ (?:(?:bin|bint|ibn|al|el|da|de|del|der|di|dos|du|van|von) )*\p{Lu}[\p{L}'’-]*\p{L}/u.test(
    text.slice(end, end + 12),
  );
}

/**
 * "Wang Yi, Li Keqiang and Zhang Gaoli attended", "Ministers Chan Tai-man and Wong Ka-ming":
 * the members of a list of people, when a verb of speech follows it, a plural title stands
 * before it, or a member is a person by its own cue; only if every member is a full name.
 */
function peopleLists(
  text: string,
  byCue: ReadonlySet<string>,
  isPlaceName: (name: string) => boolean,
): string[][] {
  const found: string[][] = [];
  for (const list of findNameLists(text, NAME_RUN)) {
    const members = list.members.map((member, index) =>
      cleanCandidate(member, isPlaceName, index > 0),
    );
    if (
      !members.every(
        (words) =>
          words.length >= 2 &&
          isPlausibleName(words, isPlaceName) &&
          !words.some((word) => isRunTogether(word, text)),
      )
    )
      continue;
    const names = members.map((words) => words.join(' '));
    const plural = singularBefore(list.before)?.toLowerCase();
    if (
      LIST_END_CUE.test(list.after) ||
      (plural !== undefined && TITLE_WORDS.has(plural)) ||
      names.some((name) => byCue.has(name))
    )
      found.push(names);
  }
  return found;
}
