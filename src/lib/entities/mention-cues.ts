/**
 * Whether one mention of a place is evidence that the article is about it: never as part
 * of a longer name ("Lake Geneva", "Washington Post"); and for names that need a cue
 * (tagging-rules.ts), only with one: the dateline, what contains the place after it
 * ("Saskatoon in Saskatchewan"), or, except for months and weekdays ("in March"), a
 * locative preposition ("in Temple") or a place next to it in a list ("Salem, Beverly and
 * Danvers").
 */
import type { Ambiguity, WordKnowledge } from './tagging-rules';

export interface PlaceMention {
  /** The name as the registry writes it. */
  name: string;
  start: number;
  end: number;
}

export interface PlaceCueContext {
  /** The article's dateline, e.g. "Douglas, Isle of Man". */
  dateline?: string | undefined;
  /** Names of what contains the place: its parent region and its country. */
  containerNames: readonly string[];
  /** A name that is a place wherever it stands ("Salem", "the Azores"), for lists of places. */
  isPlaceName?: ((name: string) => boolean) | undefined;
}

/** Words that make the place after them part of a feature's or an institution's name ("New England" is not England). */
const NAME_BEFORE =
  /(?:\b(?:Lake|Mount|Mt\.|River|Cape|Port|Fort|New)|\b(?:University|Bank|Party|Duke|Duchess|Earl|Prince|Princess|Bishop|Archbishop|Isle|Gulf|Bay|Sea|Battle|Siege|Treaty|Republic|Kingdom) of(?: the)?) $/;

/** Words that make the place before them the start of an institution's or a holiday's name ("Waitangi Day"). */
const NAME_AFTER =
  /^ (?:University|College|Institute|School|News|Post|Times|Herald|Tribune|Journal|Gazette|Airport|Stadium|Arena|Hospital|Company|Corporation|Bank|Group|Party|Council|Club|Agreement|Accords?|Treaty|Convention|Declaration|Street|Avenue|Road|Station|Square|Bridge|Day)\b/;

/** Words that make the place before them a sports club: "the Wolfsburg player", "a Chelsea striker". */
const TEAM_AFTER =
  /^ (?:players?|striker|strikers|midfielder|midfielders|defender|defenders|goalkeeper|goalie|keeper|winger|forward|captain|coach|head coach|manager|fans|supporters|squad|teammates?)\b/;

const AFTER_AN_AREA = /\p{Lu}[\p{L}'’-]* (?:County|Parish|District|Province|Prefecture), $/u;

const LOCATIVE_BEFORE =
  /\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Tt]hroughout|[Aa]t|[Ii]nto|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]ity|[Tt]own|[Vv]illage|[Pp]rovince|[Ss]tate|[Cc]ounty) of|capital,?) $/;

/** A capitalised word right before, in the same sentence: "Mt." may end in a stop, "Geneva." may not. */
const CAPITALISED_WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{0,2}\.|\p{Lu}[\p{L}'’-]*) $/u;

/** "Lake Geneva", "Washington Post", "Michael Jordan": the match is part of a longer name; "the Wolfsburg player" names the club. */
export function isPartOfLongerName(
  text: string,
  mention: PlaceMention,
  words: WordKnowledge,
): boolean {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 20);
  if (NAME_BEFORE.test(before) || NAME_AFTER.test(after) || TEAM_AFTER.test(after)) return true;
  if (isInCompoundName(text, mention)) return true;
  const previousWord = CAPITALISED_WORD_BEFORE.exec(before)?.[1];
  // A possessor is not part of the name: "Mexico City's Cuauhtémoc borough", "Beijing's Haidian".
  if (previousWord !== undefined && !/['’]s$/.test(previousWord) && words.isNameWord(previousWord))
    return true;
  // "China Meteorological Administration", "China Railway": a name word after it, as the
  // importer reads it; a word for what the place is ("Hunan Province") makes no other name.
  const nextWord = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(after)?.[1];
  return (
    nextWord !== undefined &&
    !PLACE_KIND_WORDS.test(nextWord) &&
    words.isNameWord(nextWord) &&
    !words.isPersonNameWord(nextWord)
  );
}

const NAME_PART = String.raw`\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*)*`;
const JOINED_BEFORE = new RegExp(String.raw`(?:${NAME_PART}[-–—])+$`, 'u');
const JOINED_AFTER = new RegExp(String.raw`^(?:[-–—]${NAME_PART})+`, 'u');

/**
 * "Dufferin—Peel—Wellington—Grey", "Ottawa—Vanier": a riding named after several places,
 * three or more joined by dashes, or two by an em dash; not a route, which names its places.
 * Two names joined by a hyphen or an en dash ("Dallas–Fort Worth") may be places both.
 */
function isInCompoundName(text: string, mention: PlaceMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  const after = text.slice(mention.end, mention.end + 80);
  const left = JOINED_BEFORE.exec(before)?.[0] ?? '';
  const right = JOINED_AFTER.exec(after)?.[0] ?? '';
  const joints: string[] = `${left}${right}`.match(/[-–—]/g) ?? [];
  if (joints.length < 2 && !joints.includes('—')) return false;
  // "the route Târgu Jiu-Râmnicu Vâlcea-Sibiu", "the Baku-Tbilisi-Ceyhan pipeline": a route names its places.
  const route =
    /\b(?:route|routes|between)\s*$/i.test(before.slice(0, before.length - left.length)) ||
    ROUTE_AFTER.test(after.slice(right.length));
  return !route;
}

const ROUTE_AFTER =
  /^,? (?:pipeline|railway|railroad|rail|line|road|highway|motorway|route|corridor|train|flight|border)s?\b/;

const PLACE_KIND_WORDS =
  /^(?:Province|Prefecture|Region|County|District|State|City|Island|Islands|Oblast|Governorate)$/;

/**
 * "Fiat" and "Chrysler" in "Fiat Chrysler recalls", "BBC" in "BBC News", "Google" in "Google Street
 * View": an organization's name with another name word right before or after it is part of a
 * longer name. A word that opens a sentence ("Yesterday Google said") does not count.
 */
export function isInsideLongerName(
  text: string,
  mention: PlaceMention,
  words: WordKnowledge,
): boolean {
  const before = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’-]*) $/u.exec(
    text.slice(Math.max(0, mention.start - 30), mention.start),
  );
  // "the UK's Jaguar Land Rover": a possessive ends the name before.
  if (before?.[1] && words.isNameWord(before[1]) && !/['’]s?$/u.test(before[1])) {
    const at = mention.start - before[1].length - 1;
    const sentenceStart = /(?:^|[.!?:]["”’]?\s+|\n\s*|["“‘(]\s*)$/.test(
      text.slice(Math.max(0, at - 4), at),
    );
    if (!sentenceStart) return true;
  }
  const after = text.slice(mention.end, mention.end + 30);
  const nextWord = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(after)?.[1];
  return nextWord !== undefined && (words.isNameWord(nextWord) || NAME_AFTER.test(after));
}

const LIST_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}`;
/** "Salem, Beverly", "Salem and Eugene", "Toronto; Victoria": a list member before. */
const LIST_BEFORE = new RegExp(String.raw`(${LIST_NAME})(, |,? and |; |;? and )$`, 'u');
/** "Madeira and the Azores": a list member after. */
const LIST_AFTER = new RegExp(String.raw`^(?:,? and |, |; )(?:the )?(${LIST_NAME})`, 'u');
/** A list of places goes on after the mention ("Beverly and Danvers", "Victoria; and"). */
const LIST_GOES_ON = /^(?:, |,? and |; )/;
const PREPOSITION_BEFORE =
  /\b(?:[Ii]n|[Nn]ear|[Aa]t|[Ff]rom|[Tt]o|[Oo]n|[Bb]etween|[Oo]utside|[Aa]round|[Aa]cross) $/;

/** Some last words of `run` (before) or first words (after) name a place. */
function namesPlace(run: string, fromEnd: boolean, isPlaceName: (name: string) => boolean) {
  const words = run.split(' ');
  for (let n = words.length; n >= 1; n -= 1) {
    const name = (fromEnd ? words.slice(-n) : words.slice(0, n)).join(' ').replace(/['’]s$/, '');
    if (isPlaceName(name)) return true;
  }
  return false;
}

/**
 * "in Salem, Beverly and Danvers", "visitors to Madeira and the Azores": a member of a list
 * whose other member next to it is a place is a place too. A comma alone makes a list only
 * when the list goes on after the mention ("in Washington, Clinton said" is no list).
 */
function isInPlaceList(
  text: string,
  mention: PlaceMention,
  isPlaceName: (name: string) => boolean,
): boolean {
  const before = text.slice(Math.max(0, mention.start - 50), mention.start);
  const after = text.slice(mention.end, mention.end + 50);
  const previous = LIST_BEFORE.exec(before);
  if (
    previous &&
    (previous[2] !== ', ' || LIST_GOES_ON.test(after)) &&
    namesPlace(previous[1]!, true, isPlaceName)
  )
    return true;
  const next = LIST_AFTER.exec(after);
  return (
    next !== null && PREPOSITION_BEFORE.test(before) && namesPlace(next[1]!, false, isPlaceName)
  );
}

function startsWithName(text: string, name: string): boolean {
  return text.startsWith(name) && !/[\p{L}\p{N}]/u.test(text.charAt(name.length));
}

/** Is this mention of a name that needs a cue backed by one? */
export function hasPlaceCue(
  text: string,
  mention: PlaceMention,
  ambiguity: Ambiguity,
  context: PlaceCueContext,
): boolean {
  const dateline = context.dateline?.trim();
  if (dateline && (dateline === mention.name || dateline.startsWith(`${mention.name},`)))
    return true;
  const after = text.slice(mention.end, mention.end + 60);
  const container = /^(?:,|,? in) +/.exec(after);
  if (
    container &&
    context.containerNames.some((name) => startsWithName(after.slice(container[0].length), name))
  )
    return true;
  if (ambiguity === 'calendar') return false;
  // "James City County, Virginia": what follows a county's or a district's name is where it lies.
  if (AFTER_AN_AREA.test(text.slice(Math.max(0, mention.start - 30), mention.start))) return true;
  // "in Clinton's view" is a person; "in Temple Terrace" a longer name; "in May 2020" a date;
  // "the city of Baguio" and "the capital, Douglas" are places.
  if (/^['’]s\b|^\s+[\p{Lu}\p{N}]/u.test(after)) return false;
  return (
    LOCATIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start)) ||
    (context.isPlaceName !== undefined && isInPlaceList(text, mention, context.isPlaceName))
  );
}
