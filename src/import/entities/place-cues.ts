/**
 * What a story's own words say a name is, whatever any gazetteer holds: a lake ("Lake
 * Baikal"), an island ("the island of Tenerife"), an administrative area ("Haidian
 * District"), or a river ("River Thames"), which is not tagged but hides the place names
 * in it. A lake or an island is never the town named after it; a cue inside a longer name
 * ("Haidian District People's Court") is no cue.
 */
import { isEnglishWord } from './english-words';
import { isGivenName, isGroupWord, isKnownSurname } from './lexicon';
import { isCalendarWord } from '../../lib/entities/tagging-rules';

export type PlaceCueKind = 'lake' | 'island' | 'area' | 'river' | 'settlement';

export interface PlaceCue {
  kind: PlaceCueKind;
  /** The whole cue: "Lake Baikal", "the island of Tenerife", "Haidian District". */
  start: number;
  end: number;
  /** The place's name as readers write it: "Lake Baikal", "Tenerife", "Olkhon Island", "Haidian". */
  name: string;
  /** The name without the word for what it is: "Baikal", "Tenerife", "Olkhon", "Haidian". */
  base: string;
  baseStart: number;
  /** The word for what it is, as written: "District", "district", "Province", "Island". */
  feature: string;
  /** The word comes before the name: "the state of Oaxaca", "the city of Herat". */
  wordFirst?: boolean;
  /** The name is a name, not an everyday word: a town the gazetteer knows ("Riverside" of "Riverside County"), or after "County" ("County Kerry"). */
  knownName?: boolean;
  /** Only the story's talk of islands says so ("families on Unst"): any gazetteer or registry match of the name wins. */
  weak?: boolean;
}

const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;
/** One to three capitalised words, the first perhaps a saint's or a mount's abbreviation ("St. Charles"). */
const NAME = String.raw`(?<![\p{L}\p{M}'’.-])(?:(?:St|Ste|Mt|Ft)\. )?${WORD}(?: ${WORD}){0,2}`;

/** Words for an administrative area after its name ("New Area": China's Pudong New Area, Binhai New Area). "State" and "Region" are too often part of other names to stand alone (see resolveAreaCue). */
const AREA_WORDS =
  'District|New Area|County|Province|Prefecture|Region|State|Oblast|Governorate|Municipality|Borough|Emirate|district|county|province|prefecture|region|governorate|municipality|borough|neighbourhood|neighborhood|township|village|suburb';

/** Last words of a name that make "X District" an institution's or a zone's, not a place's. */
const INSTITUTION_WORDS = new Set([
  'School',
  'Schools',
  'Police',
  'Water',
  'Fire',
  'Electoral',
  'Congressional',
  'Legislative',
  'Business',
  'Historic',
  'Judicial',
  'Military',
  'Federal',
  'Special',
  'Administrative',
  'Economic',
  'Development',
  'Free',
  'Trade',
  'Industrial',
  'Autonomous',
  'Health',
  'Hospital',
  'Court',
  'Sanitation',
  'Park',
  'Parks',
  'Transit',
  'Library',
  'Tax',
  'Improvement',
  'Conservation',
  'Irrigation',
  'Capital',
  'Metropolitan',
  'Islamic',
  'Free',
]);

/** "the Leulumoega District hospital": an institution named after the area, written in lower case. */
// "the Manhattan district attorney's office": an office of the area, not a cue for a place of its name.
const INSTITUTION_AFTER =
  /^ (?:hospital|school|court|council|police|office|headquarters|attorney|attorneys|judge|prosecutor|sheriff)\b/;

/** "Lake City", "Lake Forest", "Lake Shore Drive": words after "Lake" that make a town or a street. */
const NOT_LAKE_NAMES = new Set([
  'City',
  'Forest',
  'Shore',
  'Shores',
  'Park',
  'Drive',
  'Road',
  'Street',
  'Avenue',
  'Heights',
  'Hills',
  'County',
  'District',
  'Village',
  'Town',
  'Estates',
  'View',
  'Worth',
]);

const CAPITALISED_AFTER = /^ \p{Lu}/u;
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{M}'’.-])(\p{Lu}[\p{L}\p{M}'’-]*) $/u;

/** The cue is the start of a longer name ("Lake Victoria Basin", "Haidian District People's Court"). */
function continuesIntoName(text: string, end: number): boolean {
  return CAPITALISED_AFTER.test(text.slice(end, end + 3));
}

/** The name runs on from a capitalised word before it in the same sentence ("Salt Lake City", "Great Salt Lake"). */
function followsName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const word = CAPITALISED_WORD_BEFORE.exec(before)?.[1];
  if (!word) return false;
  const beforeWord = before.slice(0, before.length - word.length - 1);
  // A capitalised first word of a sentence ("In Lake Baikal", "The Haidian district") is not a name.
  // Nor is a possessor ("Mexico City's Cuauhtémoc borough").
  return (
    !/(?:^|[.!?:;"“”]\s*|\n\s*)$/.test(beforeWord) &&
    !/^(?:The|In|On|At|Near|From|Around|Across|Of|To|And|Both)$/.test(word) &&
    !/['’]s$/.test(word)
  );
}

/** Not a name at all: a month, an everyday word, "The" at the start of a sentence. */
function isPlainWord(word: string): boolean {
  return isCalendarWord(word) || isEnglishWord(word);
}

/**
 * Drops a sentence's "The", "In" or "Although", or a possessor ("Mexico City's"), that the
 * capitalised run took in. A run that ends in a possessive names the owner, not the area
 * ("Hong Kong's district elections"): no name then.
 */
function trimLeadingWords(name: string, start: number): { name: string; start: number } {
  if (/['’]s?$/.test(name)) return { name: '', start };
  const match =
    /^(?:(?:A|An|The|In|On|At|Near|From|Across|Around|Both|And|Although|Though|If|When|While|After|Before|Since|Unlike|But) |.*['’]s )+/.exec(
      name,
    );
  return match
    ? { name: name.slice(match[0].length), start: start + match[0].length }
    : { name, start };
}

/** The cue patterns, compiled once (matchAll works on a copy, so sharing them is safe), each tried only where its word occurs. */
const RIVER_WORD = /[Rr]iver|R[ií]o /;
const ISLAND_WORD = /[Ii]sland/;
const AREA_WORD = new RegExp(String.raw`\b(?:${AREA_WORDS})\b`);
const RIVER = new RegExp(
  String.raw`\b(?:(${NAME}) (River|river)\b|(River) (${WORD})|the (?:Rio|Río) (${WORD})(?! (?:province|Province|state|State|department|Department))|(?:Rio|Río) (${WORD}) river\b|\bthe river (${WORD}))`,
  'gu',
);
/** "Lake Baikal", and a saint's lake of two words: "Lake St Clair", "Lake San Roque". */
const LAKE_FIRST = new RegExp(
  String.raw`\bLake ((?:(?:St|Ste)\.? |(?:Saint|San|Santa|Santo) )?${WORD})`,
  'gu',
);
/** "the West Lake" after a word that opens a place; "Sayram Lake" on its own (see findPlaceCues). */
const LAKE_LAST = new RegExp(
  String.raw`(?:\b(the|in|on|at|near|of|from|around|across) )?(?<![\p{L}\p{M}'’.-])(${WORD}) Lake\b`,
  'gu',
);
/** Prepositions before an island's name, or before a list it ends: "on King Island", "residents of Salt Spring Island", "on Pemba and Mafia Island". */
const ISLAND_PREPOSITION = new RegExp(
  String.raw`\b(?:on|off|to|from|of|at|near|onto) (?:${NAME}(?:, | and |, and ))*$`,
  'u',
);
/** "Unguja, the main island", "Hengqin, an island of Zhuhai", "Aldabra, an atoll": an apposition headed by an island word. */
const ISLAND_APPOSITION = new RegExp(
  String.raw`(${NAME}), (?:the|an?) (?:\p{Ll}+ ){0,3}?(?:island|islet|atoll)\b(?!['’])`,
  'gu',
);
/** "families on Unst", "the lagoon off Mahé and on Praslin": a name one lives on or sails off, in a story about islands. */
const ON_ISLAND = new RegExp(
  String.raw`\b(?:on|off) (${NAME})(?:(?:, | and |, and )(${NAME}))*`,
  'gu',
);
/** A further member of a list: ", Mull", " and Arran". */
const LIST_MEMBER = new RegExp(String.raw`(?:, | and |, and )(${NAME})`, 'gu');
/** Members before this one, each a name: the list goes on unbroken. */
const LIST_MEMBER_AT_START = new RegExp(String.raw`^(?:(?:, | and |, and )${NAME})+$`, 'u');
const TALKS_OF_ISLANDS = /\b(?:[Ii]sland|[Ii]sle|[Ii]slet|[Aa]toll)s?\b/;
const ISLE_OF = new RegExp(String.raw`\bIsle of (${WORD})`, 'gu');
const ISLAND_OF = new RegExp(String.raw`\b[Tt]he islands? of (${NAME})(?: and (${NAME}))?`, 'gu');
const ISLAND_LAST = new RegExp(String.raw`(${NAME}) (Islands?|islands?)\b`, 'gu');
const AREA = new RegExp(String.raw`(${NAME}) (${AREA_WORDS})\b`, 'gu');
/** "the state of Oaxaca", "the province of Herat": the word for the area before the name. */
const AREA_OF = new RegExp(
  String.raw`\bthe (state|province|prefecture|governorate|county|district) of (${NAME})(?![\p{L}\p{M}])`,
  'gu',
);
/** "the city of Herat", "the town of Berea": the settlement, not the area of its name. */
const SETTLEMENT_OF = new RegExp(
  String.raw`\b(?:the )?(?:[a-z]+ )?(city|town|village) of (${NAME})(?![\p{L}\p{M}])`,
  'gu',
);
/** "County Council", "County Hall": a body or a building of a county, not one named after its word. */
const COUNTY_BODIES =
  /^(?:Council|Councils|Counsel|Hall|Court|Courts|Board|Road|Line|Executive|Commissioner|Commissioners|Commission|Sheriff|Clerk|Attorney|Prosecutor|Coroner|Assessor|Treasurer|Judge|Jail|Police|Fair|Government|Manager|Hospital|Health|Library|School|Schools|Museum|Airport|Fire|Water|Superior|Supreme)$/;
const COUNTY_FIRST = new RegExp(String.raw`\bCounty (${WORD})`, 'gu');
const OF_WORD =
  /\b(?:state|province|prefecture|governorate|county|district|city|town|village) of \p{Lu}/u;

export function findPlaceCues(text: string): PlaceCue[] {
  const cues: PlaceCue[] = [];
  const add = (cue: PlaceCue) => {
    if (cue.base && !cues.some((other) => cue.start < other.end && other.start < cue.end))
      cues.push(cue);
  };

  // Rivers first: "the Rio Negro", "the river Oiapoque" hide the town of the river's name; a
  // river is never a lake or an island.
  for (const match of RIVER_WORD.test(text) ? text.matchAll(RIVER) : []) {
    const base = match[1] ?? match[4] ?? match[5] ?? match[6] ?? match[7] ?? '';
    add({
      kind: 'river',
      start: match.index,
      end: match.index + match[0].length,
      name: match[0],
      base,
      baseStart: match.index + match[0].indexOf(base),
      feature: 'river',
    });
  }

  // "Lake Baikal": one word after "Lake"; a longer run is another name ("Lake Victoria Basin Commission").
  for (const match of text.matchAll(LAKE_FIRST)) {
    const start = match.index;
    const end = start + match[0].length;
    const base = match[1]!;
    if (
      continuesIntoName(text, end) ||
      followsName(text, start) ||
      isCalendarWord(base) ||
      NOT_LAKE_NAMES.has(base)
    )
      continue;
    add({ kind: 'lake', start, end, name: match[0], base, baseStart: start + 5, feature: 'Lake' });
  }
  // "the West Lake", "in Crater Lake": a word before "Lake", after a word that opens a place.
  for (const match of text.matchAll(LAKE_LAST)) {
    const base = match[2]!;
    const start = match.index + match[0].length - base.length - ' Lake'.length;
    const end = match.index + match[0].length;
    if (continuesIntoName(text, end) || isCalendarWord(base)) continue;
    // Without a word that opens a place, the name must be no everyday word nor run on from
    // another name: "Sayram Lake", "Turpan and Bosten Lake", not "Great Lake" or "Salt Lake".
    // Nor a person's first name: "Ricki Lake said".
    if (
      !match[1] &&
      (isPlainWord(base) || isGivenName(base) || isKnownSurname(base) || followsName(text, start))
    )
      continue;
    add({
      kind: 'lake',
      start,
      end,
      name: `${base} Lake`,
      base,
      baseStart: start,
      feature: 'Lake',
    });
  }

  // "Isle of Skye"; "the island of Tenerife", "the islands of Mull and Arran".
  for (const match of text.matchAll(ISLE_OF)) {
    if (continuesIntoName(text, match.index + match[0].length) || followsName(text, match.index))
      continue;
    // "the Isle of Skye, Mull and the Outer Hebrides": the bare names listed after it are islands too.
    const listEnd = match.index + match[0].length;
    for (const member of text.slice(listEnd, listEnd + 80).matchAll(LIST_MEMBER)) {
      if (
        member.index !== 0 &&
        !LIST_MEMBER_AT_START.test(text.slice(listEnd, listEnd + member.index))
      )
        break;
      const start = listEnd + member.index + member[0].length - member[1]!.length;
      if (isIslandName(member[1]!) && !continuesIntoName(text, start + member[1]!.length))
        add({ ...islandCue(member[1]!, start, 'island'), weak: true });
    }
    add({
      kind: 'island',
      start: match.index,
      end: match.index + match[0].length,
      name: match[0],
      base: match[1]!,
      baseStart: match.index + 8,
      feature: 'Isle',
    });
  }
  for (const match of ISLAND_WORD.test(text) ? text.matchAll(ISLAND_OF) : []) {
    for (const base of [match[1], match[2]]) {
      if (!base) continue;
      const baseStart =
        match.index + match[0].indexOf(base, base === match[2] ? match[0].indexOf(' and ') : 0);
      add({
        kind: 'island',
        start: baseStart,
        end: baseStart + base.length,
        name: base,
        base,
        baseStart,
        feature: 'island',
      });
    }
  }
  // "Olkhon Island", "Canary Islands", "on Phu Quoc island".
  for (const match of ISLAND_WORD.test(text) ? text.matchAll(ISLAND_LAST) : []) {
    const trimmed = trimLeadingWords(match[1]!, match.index);
    const end = match.index + match[0].length;
    if (!trimmed.name || continuesIntoName(text, end) || followsName(text, trimmed.start)) continue;
    // Everyday words name an island only as "on King Island", "residents of Salt Spring Island".
    if (
      trimmed.name.split(' ').every(isPlainWord) &&
      !/^(?:North|South|East|West|Long|Christmas|Easter)$/.test(trimmed.name) &&
      !(
        /^I/.test(match[2]!) &&
        ISLAND_PREPOSITION.test(text.slice(Math.max(0, trimmed.start - 60), trimmed.start))
      )
    )
      continue;
    // "the small British islands", "Greek islands": a description, not a name.
    if (trimmed.name.split(/[ -]/).some((word) => isGroupWord(word) || /(?:ish|ese)$/.test(word)))
      continue;
    const feature = match[2]!;
    // "the small Malawian island": before a lower-case "island", "-ian" makes a nationality the
    // dictionary may not know ("Tinian Island", capitalised, stays a name).
    if (/^i/.test(feature) && /\p{Ll}ian$/u.test(trimmed.name)) continue;
    const capitalised = /^I/.test(feature);
    add({
      kind: 'island',
      start: trimmed.start,
      end,
      name: capitalised ? `${trimmed.name} ${feature}` : trimmed.name,
      base: trimmed.name,
      baseStart: trimmed.start,
      feature,
    });
  }

  if (TALKS_OF_ISLANDS.test(text)) {
    for (const match of text.matchAll(ISLAND_APPOSITION)) {
      const trimmed = trimLeadingWords(match[1]!, match.index);
      if (!isIslandName(trimmed.name) || followsName(text, trimmed.start)) continue;
      add(islandCue(trimmed.name, trimmed.start, 'island'));
    }
  }

  // "Haidian District", "Caylloma Province", "the Buyende district", "the Al Ras neighbourhood".
  for (const match of AREA_WORD.test(text) ? text.matchAll(AREA) : []) {
    const trimmed = trimLeadingWords(match[1]!, match.index);
    const end = match.index + match[0].length;
    if (
      !trimmed.name ||
      continuesIntoName(text, end) ||
      INSTITUTION_AFTER.test(text.slice(end, end + 12)) ||
      followsName(text, trimmed.start)
    )
      continue;
    const words = trimmed.name.split(' ');
    // "Garze Tibetan Autonomous Prefecture": China's and Russia's ethnic areas, named in full.
    const autonomous = words.at(-1) === 'Autonomous' && words.length > 1;
    if ((INSTITUTION_WORDS.has(words.at(-1)!) && !autonomous) || words.some(isCalendarWord))
      continue;
    if (autonomous) {
      const name = `${trimmed.name} ${match[2]!}`;
      add({
        kind: 'area',
        start: trimmed.start,
        end,
        name,
        base: name,
        baseStart: trimmed.start,
        feature: match[2]!,
      });
      continue;
    }
    add({
      kind: 'area',
      start: trimmed.start,
      end,
      name: trimmed.name,
      base: trimmed.name,
      baseStart: trimmed.start,
      feature: match[2]!,
    });
  }
  // "County Kerry": Ireland's counties put the word first.
  for (const match of /\bCounty \p{Lu}/u.test(text) ? text.matchAll(COUNTY_FIRST) : []) {
    const base = match[1]!;
    const end = match.index + match[0].length;
    if (
      continuesIntoName(text, end) ||
      followsName(text, match.index) ||
      isCalendarWord(base) ||
      COUNTY_BODIES.test(base)
    )
      continue;
    add({
      kind: 'area',
      start: match.index,
      end,
      name: match[0],
      base,
      baseStart: match.index + 'County '.length,
      feature: 'County',
      wordFirst: true,
      knownName: true,
    });
  }
  // "the state of Oaxaca" is an area cue like "Oaxaca State"; "the city of Herat" says the town is meant.
  if (OF_WORD.test(text)) {
    for (const [pattern, kind] of [
      [AREA_OF, 'area'],
      [SETTLEMENT_OF, 'settlement'],
    ] as const) {
      for (const match of text.matchAll(pattern)) {
        const base = match[2]!;
        const baseStart = match.index + match[0].length - base.length;
        if (continuesIntoName(text, baseStart + base.length)) continue;
        if (base.split(' ').every(isPlainWord)) continue;
        const word = match[1]!;
        add({
          kind,
          start: baseStart,
          end: baseStart + base.length,
          name: base,
          base,
          baseStart,
          feature: `${word[0]!.toUpperCase()}${word.slice(1)}`,
          wordFirst: true,
        });
      }
    }
  }
  // Last, as every other cue of the same words says more: "on Unst", "off Mahé and on Praslin".
  if (TALKS_OF_ISLANDS.test(text)) {
    for (const match of text.matchAll(ON_ISLAND)) {
      for (const part of match[0].slice(3).matchAll(new RegExp(NAME, 'gu'))) {
        const start = match.index + 3 + part.index;
        const name = part[0];
        // "on Lockhart Road", "on Capitol Hill": a name ending in an everyday word is a street or a hill.
        if (
          !isIslandName(name) ||
          isPlainWord(name.split(' ').at(-1)!) ||
          continuesIntoName(text, start + name.length)
        )
          continue;
        if (/^['’]s\b/.test(text.slice(start + name.length, start + name.length + 3))) continue;
        add({ ...islandCue(name, start, 'island'), weak: true });
      }
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** A name an island may have: not an everyday word, a month, a given name or a people ("the British"). */
function isIslandName(name: string): boolean {
  const words = name.split(/[ -]/);
  return (
    isBareName(name) &&
    !words.every(isPlainWord) &&
    !words.some((word) => isCalendarWord(word) || isGroupWord(word) || isGivenName(word))
  );
}

/**
 * A name without a possessive, an abbreviation or a people's adjective: "Unst", "La Palma";
 * not "Twitter's", "RT", "Dec", "Cypriot", "Fijian".
 */
export function isBareName(name: string): boolean {
  const words = name.split(/[ -]/);
  return (
    name.length > 0 &&
    !/['’]s$/.test(name) &&
    words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) || /^(?:al|el|de|la)$/.test(word)) &&
    !words.some(
      (word) =>
        /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr)$/.test(word) ||
        /(?:ian|ean|ese|ish|iot)$/.test(word),
    )
  );
}

function islandCue(name: string, start: number, feature: string): PlaceCue {
  return {
    kind: 'island',
    start,
    end: start + name.length,
    name,
    base: name,
    baseStart: start,
    feature,
  };
}

/**
 * Whether an area cue names a place no gazetteer holds: not an everyday word or an
 * adjective ("the Kurdish region"); "State" or a lower-case "region" (too often a
 * university or a vague area) is trusted only for names the gazetteer knows.
 */
export function isNewAreaName(cue: PlaceCue): boolean {
  if (cue.kind !== 'area' || /^(?:State|region)$/.test(cue.feature)) return false;
  const words = cue.base.split(/[ -]/);
  // "the Iraqi region", "South-Western Iran region": a description, not a name.
  if (words.some(isGroupWord) || /^(?:North|South|East|West|Central|Upper|Lower)/i.test(words[0]!))
    return false;
  return (
    cue.knownName === true ||
    words.some((word) => !isPlainWord(word) && !/(?:ian|ese|ish|ic|ern)$/.test(word))
  );
}
