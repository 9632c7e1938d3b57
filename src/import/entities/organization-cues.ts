/**
 * Organizations a story names without an organization's ending ("Reuters", "Viacom",
 * "Morgan Stanley"), found on evidence in the sentence rather than by form:
 *   "US media company Viacom", "Jessops camera retailer"  a kind of body next to it
 *   "Utrop, a newspaper for …"                           an apposition that says what it is
 *   "Canada Mortgage and Housing Corporation (CMHC)"     an acronym after its expansion
 *   "Google", "Goldman Sachs"                            the organizations compromise's lexicon knows
 *   "banks such as Citigroup, Morgan Stanley and …"      a list with one member known for sure
 */
import nlp from 'compromise';
import { isEnglishWord } from './english-words';
import { isCommonWord, isGivenName, isGroupWord, isKnownSurname, isPlaceWord } from './lexicon';
import { findNameLists, singularBefore } from './name-lists';
import { NOT_NAME_WORDS, TITLE_BEFORE_NAME } from './name-patterns';
import { cleanOrganizationName, isOrganizationWord, TITLE_AFTER_NAME } from './organizations';
import { isChineseName } from './people';
import { isRunTogether } from './run-together';

/** Nouns for kinds of organization, as news writing puts them before or after a name. */
const KIND_NOUNS = [
  'company',
  'firm',
  'bank',
  'lender',
  'insurer',
  'carrier',
  'airline',
  'automaker',
  'carmaker',
  'manufacturer',
  'maker',
  'retailer',
  'chain',
  'broadcaster',
  'channel',
  'network',
  'newspaper',
  'tabloid',
  'magazine',
  'publisher',
  'agency',
  'news agency',
  'conglomerate',
  'subsidiary',
  'supplier',
  'operator',
  'startup',
  'start-up',
  'studio',
  'charity',
  'organisation',
  'organization',
  'party',
  'militia',
  'group',
  'pollster',
  'consultancy',
  'brokerage',
  'watchdog',
  'regulator',
  'developer',
  'giant',
  'miner',
  'refiner',
  'outlet',
  'daily',
  'club',
  'union',
  'university',
  'foundation',
  'hospital',
  'school',
];
const KIND_SET = new Set(KIND_NOUNS);
const KINDS = [...KIND_NOUNS].sort((a, b) => b.length - a.length).join('|');

/** One word of an organization's name: "BB&T", "JPMorgan", "McDonald's", "3M", "Fifth". */
const ORG_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'’&.-]*\\p{L}|\\p{Lu}|\\d+\\p{L}*)";
/** "al-Sunnah" of "Ansar al-Sunnah": an Arabic article written in lower case inside a name. */
const PARTICLE_WORD = "(?:al|el|ad|ash|as|at|an|ar|az|ul)-\\p{Lu}[\\p{L}'’-]*";
/**
 * A name of organization words, "of" and "and" between them: "Bank of New York Mellon"; the
 * Tagalog "ng" as in "Kilusang Magbubukid ng Pilipinas".
 */
export const ORG_RUN = `${ORG_WORD}(?:\\s(?:(?:of|and|for|de|du|ng|&)\\s(?:the\\s)?)?(?:${ORG_WORD}|${PARTICLE_WORD})){0,5}`;

const KIND_BEFORE = new RegExp(`(?<![\\p{L}])(?:${KINDS})(s|es)?,?\\s+(${ORG_RUN})`, 'gu');
/** Up to n describing words between a name and its kind ("solar energy"), not a verb or an article. */
const DESCRIBING = (n: number) =>
  `(?:(?!(?:the|a|an|was|is|are|were|and|or|of|in|on|at|to|for|with|as|by|that|which|who|has|have|had|its|their)\\b)[a-z][a-z-]*\\s+){0,${n}}`;
/**
 * "the Fine Gael and Fianna Fáil councillors": a party's members after its name name the party.
 * Only after it: "councillor Romano La Russa" is a person.
 */
const MEMBER_NOUNS = 'councillor|councilor|lawmaker|legislator';
const KIND_AFTER = new RegExp(
  `(?<![\\p{L}])(?:the|a|an|its|their|of)\\s+(${ORG_RUN})\\s+${DESCRIBING(2)}(?:${KINDS}|${MEMBER_NOUNS})(s|es)?\\b`,
  'gu',
);
/**
 * "the Mersey hospital" of the Mersey Community Hospital: a hospital, a university or a school is
 * named with its kind, so one word before the kind in lower case is a place's or a river's, not
 * the body's name ("the Viacom company" is Viacom), unless an acronym ("the AIIMS hospital").
 */
const NAMED_WITH_KIND = /^\S+\s+(?:hospital|university|school)s?\b/;
const APPOSITION = new RegExp(
  `(${ORG_RUN})(?:\\s+\\([^)]{1,12}\\))?,\\s+(?:the|a|an)\\s+${DESCRIBING(3)}(?:${KINDS})\\b`,
  'gu',
);
const ACRONYM_AFTER = new RegExp(
  `(${ORG_RUN})\\s+\\((\\p{Lu}[\\p{Lu}\\p{Ll}&]{1,7}(?: \\p{Lu}{2,3})?)\\)`,
  'gu',
);

/** What only a company has: "shares of Merrill Lynch", "Gilead Sciences' chief executive". */
const MARKET_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:[Ss]hares|[Ss]tock|[Ss]take|[Ss]hareholders) (?:of|in) (${ORG_RUN})`,
  'gu',
);
const MARKET_AFTER = new RegExp(
  `(${ORG_RUN})(?:['’]s?)? (?:shares|stock|share price|chief executive|CEO|board of directors)\\b`,
  'gu',
);

const TITLE_WORDS = new Set(TITLE_BEFORE_NAME.map((title) => title.toLowerCase()));

/**
 * Words compromise files as organizations that are not one in a news story's sense:
 * abbreviations, an empire, groups of people, programmes, a religion, a railway line, and
 * platforms a story cites as places to post rather than as companies.
 */
const NOT_ORGANIZATIONS = new Set([
  'dept',
  'univ',
  'assn',
  'inc',
  'ltd',
  'co',
  'amt',
  'roman empire',
  'brexiteers',
  'eurosceptics',
  'medicare',
  'medicaid',
  'scientology',
  'crossrail',
  'twitter',
  'facebook',
  'youtube',
  'instagram',
  'myspace',
  'wikipedia',
]);

let lexiconOrganizations: Set<string> | undefined;

/** Organizations compromise's lexicon knows, in lower case without punctuation: "goldman sachs", "bbc". */
function knownOrganizations(): Set<string> {
  if (!lexiconOrganizations) {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
      .lexicon;
    lexiconOrganizations = new Set(
      Object.entries(lexicon)
        .filter(
          ([word, tags]) =>
            (Array.isArray(tags) ? tags : [tags]).includes('Organization') &&
            !NOT_ORGANIZATIONS.has(word),
        )
        .map(([word]) => lexiconKey(word)),
    );
  }
  return lexiconOrganizations;
}

const lexiconKey = (name: string) => name.toLowerCase().replace(/['’.]/g, '').replace(/-/g, ' ');

export interface OrganizationContext {
  isPlaceName(name: string): boolean;
  /** Names the story marks as people by a cue: never an organization. */
  people: ReadonlySet<string>;
  /** Organizations the story names by form ("… Corporation", "Ministry of …"). */
  byForm: readonly string[];
}

export interface ContextOrganizations {
  names: string[];
  /** An acronym and the name it stands for in this story: "CMHC" → "Canada Mortgage and Housing Corporation". */
  acronyms: Map<string, string>;
  /**
   * One-word place names the story's cues use as a body's: "Nokia Inc." and "Nokia said",
   * "companies like Intel, AMD and Kingston", "issuers: Bank of Scotland, Halifax, HSBC".
   */
  placesNamedAsBodies: string[];
}

/** A name that can be an organization's: not a place, a person, a title, a date or an ordinary phrase. */
function isPlausibleOrganization(
  name: string,
  text: string,
  context: OrganizationContext,
  cued = false,
  listedAfterKind = false,
): boolean {
  const words = name.split(/\s+/);
  if (name === '' || context.isPlaceName(name) || context.people.has(name)) return false;
  if (words.some((word) => /-based$/.test(word))) return false;
  // "SolarWorld", "PricewaterhouseCoopers": a cue says the capital inside is the name's own, not glued-on input.
  if (!cued && words.some((word) => isRunTogether(word, text))) return false;
  // "Police", "Monday", "Chinese": words capitalised for other reasons than naming a body ("Reuters" is one).
  if (words.every((word) => (NOT_NAME_WORDS.has(word) && isEnglishWord(word)) || isGroupWord(word)))
    return false;
  if (TITLE_WORDS.has((words[0] ?? '').toLowerCase())) return false;
  // "Liberal Marlene Lamontagne", "New Democrat Holly Heffernan": a candidate and their party.
  if (isLabelledPerson(words, context.people)) return false;
  // One word that is a name or an ordinary word ("Smith", "Board") needs more than a cue.
  const isAcronym = /^\p{Lu}[\p{Lu}&]+$/u.test(name);
  // "British shares", "Islamic schools": an adjective of a people, a faith or a creed.
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ic|ist|ern)$/u.test(name)) return false;
  // One word with a cue still needs to look like a name: not a letter or two ("C", "U.S", "TV"),
  // a contraction ("I'm"), a place ("Europe") or a dictionary word ("Islamic schools"), unless
  // the lexicon knows it as an organization.
  if (words.length === 1 && !knownOrganizations().has(lexiconKey(name))) {
    if (name.replace(/\./g, '').length <= 2 || /['’]\p{Ll}{1,2}$/u.test(name)) return false;
    // A member of "TV channels Comedy Central, MTV and Nickelodeon" is named by the list itself.
    if (isPlaceWord(name) || (isEnglishWord(name) && !listedAfterKind)) return false;
  }
  return (
    words.length > 1 ||
    isAcronym ||
    knownOrganizations().has(lexiconKey(name)) ||
    !(
      isGivenName(name) ||
      isKnownSurname(name) ||
      isCommonWord(name) ||
      (!cued && isEnglishWord(name))
    )
  );
}

/** Words that label a candidate by party or a person by people: "Liberal", "Green", "Kenyan". */
const isLabelWord = (word: string) =>
  (NOT_NAME_WORDS.has(word) && isEnglishWord(word)) ||
  isGroupWord(word) ||
  /^(?:Democrat|Libertarian|Green|Socialist|Communist|Independent|Tory|Unionist)$/.test(word);

/**
 * "Liberal Marlene Lamontagne": labels, then a person (one the story marks as a person, or a
 * given name and a surname), is a person with their party, not a body.
 */
function isLabelledPerson(words: readonly string[], people: ReadonlySet<string>): boolean {
  if (words.some(isOrganizationWord)) return false;
  for (let start = 1; start <= words.length - 2; start++) {
    if (!isLabelWord(words[start - 1] ?? '')) return false;
    const rest = words.slice(start);
    if (people.has(rest.join(' ')) || isGivenName(rest[0] ?? '')) return true;
  }
  return false;
}

/**
 * A given name that is no English word and one or two more words, none a body's: "Phil
 * Collins", "Jo Jorgensen" ("Morgan Stanley" opens with a word).
 */
export function isPersonShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    isGivenName(words[0] ?? '') &&
    !isEnglishWord(words[0] ?? '') &&
    words.slice(1).every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isOrganizationWord(word)) &&
    !knownOrganizations().has(lexiconKey(name))
  );
}

/**
 * "Donna Rice Hughes", "Tom Fox": a given name and one or two capitalised words, no body's word
 * among them; looser than isPersonShaped, for a name a comma sets off after a kind.
 */
function isNamedPerson(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    isGivenName(words[0] ?? '') &&
    words.slice(1).every((word) => /^\p{Lu}\p{Ll}/u.test(word) && !isOrganizationWord(word)) &&
    !knownOrganizations().has(lexiconKey(name))
  );
}

/**
 * "Danny Leipziger, World Bank Vice President for Poverty Reduction and Economic Management": a
 * member that goes on from a body into a title is a person's title set off by commas, so the
 * commas and "and" around it join no list of bodies.
 */
const hasTitleAfterBody = (member: string) =>
  member
    .split(/\s+/)
    .some(
      (word, at, words) =>
        TITLE_AFTER_NAME.test(word) &&
        words.slice(0, at).some((before) => isOrganizationWord(before)),
    );

/**
 * "Microsoft's Hotmail and Microsoft Passport Network": a list after a possessive is what the
 * owner has (its products, services or units), so the list says nothing of its members' kind.
 * A country's or a people's ("the United States' National Science Foundation, …") owns bodies.
 */
const OWNER_POSSESSIVE_BEFORE = /((?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}\p{N}&.-]*?)['’]s?\s+$/u;
const OWNER_POSSESSIVE_OPENING = /^\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+\p{Lu}/u;

const isOwnedByBody = (owner: string | undefined, context: OrganizationContext) =>
  owner !== undefined &&
  !context.isPlaceName(owner) &&
  !owner.split(' ').some((word) => context.isPlaceName(word) || isGroupWord(word));

/** "Daily Express and Daily Star newspapers": a plural kind names each member of the run. */
const eachOf = (run: string, plural: boolean) => (plural ? run.split(/,\s+|\s+and\s+/) : [run]);

/**
 * The capitalised runs of the text that are, whole, an organization compromise knows: "Goldman
 * Sachs", "BBC". Not "United Nations" in "United Nations Security Council Resolution 1701" nor
 * "BBC" in "BBC News": inside a longer name it names something else. A run may open with a word
 * capitalised for the sentence ("The BBC", "Yesterday Google").
 */
function lexiconMatches(text: string): string[] {
  const known = knownOrganizations();
  const found: string[] = [];
  for (const run of text.matchAll(
    new RegExp(`(?<![\\p{L}\\p{N}])${ORG_WORD}(?:\\s${ORG_WORD})*`, 'gu'),
  )) {
    const words = run[0].replace(/['’]s$/u, '').split(/\s+/);
    if (known.has(lexiconKey(words.join(' ')))) {
      found.push(words.join(' '));
      continue;
    }
    while (words.length > 1 && NOT_NAME_WORDS.has(words[0] ?? '') && isEnglishWord(words[0] ?? ''))
      words.shift();
    const name = words.join(' ');
    if (known.has(lexiconKey(name))) found.push(name);
  }
  return found;
}

/** "Canada Mortgage and Housing Corporation (CMHC)", "PricewaterhouseCoopers (PwC)": initials that spell the acronym. */
function spellsAcronym(name: string, acronym: string): boolean {
  const initials = name
    .split(/\s+/)
    .filter((word) => !/^(?:of|and|for|the|de|du)$/.test(word))
    .map((word) => word.replace(/[^\p{Lu}&]/gu, ''))
    .join('');
  const letters = acronym.replace(/[^\p{Lu}&]/gu, '');
  return letters.length >= 2 && initials === letters;
}

const PLACE_NAMED_COMPANY =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}-]+) (?:Inc\.?|Incorporated|Corp\.|Corporation|Ltd\.?|Limited|Co\.|PLC|plc|Oyj|AG|GmbH)(?![\p{L}])/gu;

const CONTINUES_NAME = /^\s(?:in|of|for|on)\s(?:the\s)?\p{Lu}/u;

export function findOrganizationsInContext(
  text: string,
  context: OrganizationContext,
): ContextOrganizations {
  const names = new Set<string>();
  const acronyms = new Map<string, string>();
  const bodyPlaces = new Set<string>();
  // A one-word place name that would be a body here but for the gazetteer: the story means the body.
  // Not a word ("Reading") nor a person's name ("Kingsley"), whose cue may be the word's.
  const noteBodyPlace = (name: string) => {
    if (!/^\p{Lu}\p{Ll}[\p{L}-]+$/u.test(name) || !context.isPlaceName(name)) return;
    if (isEnglishWord(name) || isGivenName(name) || context.people.has(name)) return;
    bodyPlaces.add(name);
  };
  // "a Shenzhen company" is a company of Shenzhen: a kind after a town leaves the town a place.
  const add = (raw: string, kindAfter = false) => {
    const name = cleanOrganizationName(raw);
    if (isPlausibleOrganization(name, text, context, true)) names.add(name);
    else if (!kindAfter) noteBodyPlace(name);
  };
  const personWords = new Set([...context.people].flatMap((name) => name.split(' ')));
  for (const name of lexiconMatches(text)) {
    // "Ford" after "Gerald Ford", "Dell" after "Michael Dell": the person again. But "Goldman Sachs
    // said" is the bank, though a verb of speech follows it.
    if (personWords.has(name) || isGivenName(name)) continue;
    if (context.isPlaceName(name)) noteBodyPlace(name);
    else names.add(name);
  }
  // "Nokia Inc.": a place's name with a company's form after it is the company's.
  for (const match of text.matchAll(PLACE_NAMED_COMPANY)) noteBodyPlace(match[1] ?? '');
  for (const match of text.matchAll(KIND_BEFORE)) {
    // "president of the organization, Donna Rice Hughes", "a member of the group, Tom Fox": a
    // person's name set off by a comma after a kind is a member or an officer of the body.
    const setOff = /^\p{L}+,/u.test(match[0]);
    for (const name of eachOf(match[2] ?? '', match[1] !== undefined))
      if (!(setOff && isNamedPerson(cleanOrganizationName(name)))) add(name);
  }
  for (const match of text.matchAll(KIND_AFTER)) {
    const run = match[1] ?? '';
    // "Buffett's charity auctions": the kind is the possessor's, not the possessor.
    if (/['’]s?$/u.test(run)) continue;
    const oneWord = /^\p{Lu}\p{Ll}+$/u.test(run); // an acronym ("the AIIMS hospital") is a name
    // "a Hindutva party", "a Marxist-Leninist guerrilla organization": after "a", one word before
    // a kind says what sort of body it is, a creed's or a movement's, unless the lexicon knows it.
    if (
      /^an?\s/u.test(match[0]) &&
      /^\p{Lu}[\p{Ll}-]+(?:-\p{Lu}\p{Ll}+)?$/u.test(run) &&
      !knownOrganizations().has(lexiconKey(run))
    )
      continue;
    if (oneWord && NAMED_WITH_KIND.test(match[0].slice(match[0].indexOf(run)))) continue;
    for (const name of eachOf(run, match[2] !== undefined)) add(name, true);
  }
  for (const match of text.matchAll(APPOSITION)) add(match[1] ?? '');
  for (const pattern of [MARKET_BEFORE, MARKET_AFTER])
    for (const match of text.matchAll(pattern)) add(match[1] ?? '');
  const byForm = new Set(context.byForm);
  for (const match of text.matchAll(ACRONYM_AFTER)) {
    const full = cleanOrganizationName(match[1] ?? '');
    const acronym = match[2] ?? '';
    // Only an organization's acronym: "Gross Domestic Product (GDP)" is none.
    const isOrganization =
      byForm.has(full) ||
      names.has(full) ||
      full.split(' ').some(isOrganizationWord) ||
      knownOrganizations().has(lexiconKey(full)) ||
      knownOrganizations().has(lexiconKey(acronym));
    if (!isOrganization || !spellsAcronym(full, acronym) || context.isPlaceName(full)) continue;
    names.add(full);
    acronyms.set(acronym, full);
  }
  // A list of which one member is an organization, or that follows a plural kind ("channels"), is all organizations.
  for (const list of findNameLists(text, ORG_RUN)) {
    // "Organization for Security and Co-operation in Europe": two runs joined by "and" that the
    // text goes on from with "in Europe" are one name, not a list of two.
    if (list.members.length === 2 && CONTINUES_NAME.test(list.after)) continue;
    if (
      list.members.some(hasTitleAfterBody) ||
      isOwnedByBody(OWNER_POSSESSIVE_BEFORE.exec(list.before)?.[1], context) ||
      OWNER_POSSESSIVE_OPENING.test(list.members[0] ?? '')
    )
      continue;
    // "American Federation of State, County and Municipal Employees": a list that opens inside
    // an "of" part of ordinary words is what one body stands for; only a member with a body's
    // word of its own is another body ("University of Bristol and UC Davis" is a list).
    const ofObject = / of (?:the )?(\S+)$/u.exec(list.members[0] ?? '')?.[1];
    // "Department of Regional Australia, Local Government, Arts and Sport": after a department's
    // or a ministry's "of", the list is its remits, whatever the first one is.
    const insideOfPart =
      (ofObject !== undefined && isEnglishWord(ofObject) && !context.isPlaceName(ofObject)) ||
      /^(?:Department|Ministry) (?:of|for) /u.test(list.members[0] ?? '');
    const members = list.members
      .map(cleanOrganizationName)
      .filter((member) => !insideOfPart || member.split(' ').some(isOrganizationWord));
    const kindBefore = KIND_SET.has(singularBefore(list.before) ?? '');
    if (
      !kindBefore &&
      !members.some((member) => names.has(member) || byForm.has(member) || acronyms.has(member))
    )
      continue;
    for (const member of members) {
      // "Shanghai Jiao Tong University, Gao Yang and Yu Xin": a Chinese person's name in a list
      // with no kind of body before it is a person's ("Morgan Stanley" may be a bank's).
      if (!kindBefore && isChineseName(member.split(' '))) continue;
      // "… nominee Phil Collins, and Unity Party of America …": likewise a given name and a
      // surname, no body's word among them, unless the lexicon knows the name ("Morgan Stanley").
      if (!kindBefore && isPersonShaped(member)) continue;
      if (isPlausibleOrganization(member, text, context, kindBefore, kindBefore)) names.add(member);
      else noteBodyPlace(member);
    }
  }
  // "Labour Party" of "Social Democratic and Labour Party": a part of a name joined by "and" is
  // no name of its own where the whole stands.
  const parts = new Set(
    context.byForm
      .filter((name) => / and \p{Lu}/u.test(name))
      .flatMap((name) => name.split(' and ')),
  );
  return {
    names: [...names].filter((name) => !parts.has(name)),
    acronyms,
    placesNamedAsBodies: [...bodyPlaces],
  };
}
