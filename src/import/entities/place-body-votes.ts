/**
 * A town's name that stories use as a company's, a university's or a craft's ("Nokia shares",
 * "Harvard researchers", "Shenzhou 7") is not the town there. Each story votes once per name:
 * for a body where it writes the name as one and never says where something is by it, for a
 * place where it does ("based in Nokia, Finland", "in Nokia"). Where body stories outnumber
 * place stories across the import, the name tags no place anywhere; a story's own body use
 * with no place cue keeps the name from tagging that story.
 */
import { isNumberedAfter } from './not-the-place';

interface Span {
  start: number;
  end: number;
}

/**
 * What a company's or a bank's name is followed by, never a town's. Not "said": "divers from
 * Holbox Island and Cozumel said" are the town's people.
 */
const COMPANY_AFTER =
  /^(?:['’]s)? (?:announced|reported|confirmed|denied|declined|shares|stock|Inc|Corp|Corporation|Ltd|plc|AG|phones?|handsets?|smartphones?|mortgages?|profits?|economists?|analysts?|spokes(?:man|woman|person)|chief executive|executives)\b/u;
/**
 * What a university's name is followed by: the one story's body ("Harvard Law School … went to
 * Harvard"), though no vote against the town, which gives its name to the university
 * (Oxford, Cambridge) and is news in its own right.
 */
const INSTITUTION_AFTER =
  /^(?:['’]s)? (?:University|College|Law School|Business School|Medical School|Law Review|law (?:students?|school|professors?)|researchers?|professors?|scientists|students|graduates?|alumni)\b/u;
/**
 * "a Halifax mortgage": an article before a name and a product after it make the name a
 * brand's ("a Brescia court", "an Invercargill house" are the town's).
 */
const BRAND_BEFORE = /\b(?:a|an) $/u;
const PRODUCT_AFTER =
  /^ (?:mortgages?|loans?|accounts?|savings account|credit card|phones?|handsets?|smartphones?|cars?|products?|shares)\b/u;
/** Words before a name that say where something is: "based in Nokia", "the town of Nokia". */
const PLACE_BEFORE =
  /\b(?:in|near|outside|around|across|town of|city of|village of|suburb of|municipality of|based in|born in)\s$/u;
/** ", Finland": a country or region after the name; ", Motorola and Samsung" is a list of bodies. */
const QUALIFIER_AFTER = /^, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)/u;

/**
 * "father Medina announced", "Danilo Medina confirmed": a capitalised word or a person's title
 * before the name makes it a person's, whatever verb follows.
 */
const PERSON_WORD_BEFORE =
  /(?:\p{Lu}[\p{L}.'’-]*|\b(?:father|mother|brother|sister|judge|senator|president|minister|mayor|governor|general|coach|bishop|imam|sheikh|priest|pastor|officer|spokesman|spokeswoman)) $/u;

/** One mention written as a company's or a craft's: "Nokia shares", "a Halifax mortgage", "Shenzhou 7". */
export function isBodyUse(text: string, span: Span): boolean {
  const after = text.slice(span.end, span.end + 24);
  const before = text.slice(Math.max(0, span.start - 16), span.start);
  if (PERSON_WORD_BEFORE.test(before)) return false;
  return (
    COMPANY_AFTER.test(after) ||
    isNumberedAfter(text, span) ||
    (BRAND_BEFORE.test(before) && PRODUCT_AFTER.test(after))
  );
}

/** One mention that says where something is: "in Nokia", "Nokia, Finland". */
export function isPlaceUse(
  text: string,
  span: Span,
  isContainer: (name: string) => boolean,
): boolean {
  const qualifier = QUALIFIER_AFTER.exec(text.slice(span.end, span.end + 40));
  return (
    PLACE_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start)) ||
    (qualifier !== null &&
      [qualifier[1]!, qualifier[1]!.split(' ')[0]!].some((name) => isContainer(name)))
  );
}

/** One mention written as a university's: "Harvard University", "Harvard researchers". */
export function isInstitutionUse(text: string, span: Span): boolean {
  return INSTITUTION_AFTER.test(text.slice(span.end, span.end + 24));
}

export interface StoryUses {
  /** Names the story writes as a company's or a craft's and never as a place's: its votes. */
  bodies: Set<string>;
  /** Names it writes as a place's at least once. */
  places: Set<string>;
  /** Names it writes as any body's, a university's too, and never as a place's: not places here. */
  notPlacesHere: Set<string>;
}

/** How a story uses each name: a body's only, or a place's at least once. */
export function storyUses(
  text: string,
  mentions: readonly (Span & { name: string })[],
  isContainer: (name: string) => boolean,
): StoryUses {
  const bodies = new Set<string>();
  const institutions = new Set<string>();
  const places = new Set<string>();
  for (const mention of mentions) {
    if (isPlaceUse(text, mention, isContainer)) places.add(mention.name);
    else if (isBodyUse(text, mention)) bodies.add(mention.name);
    else if (isInstitutionUse(text, mention)) institutions.add(mention.name);
  }
  for (const name of places) {
    bodies.delete(name);
    institutions.delete(name);
  }
  return { bodies, places, notPlacesHere: new Set([...bodies, ...institutions]) };
}

/** The story writes the name only as a body's: a town found by a cue there ("went to Harvard") is none. */
export function isBodyOnlyHere(
  text: string,
  name: string,
  isContainer: (name: string) => boolean,
): boolean {
  const mentions = [...text.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gu'))].map(
    (match) => ({ name, start: match.index, end: match.index + name.length }),
  );
  return storyUses(text, mentions, isContainer).notPlacesHere.has(name);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Stories' votes on each town's name: a body's or a place's. */
export class PlaceBodyVotes {
  private readonly bodyStories = new Map<string, number>();
  private readonly placeStories = new Map<string, number>();

  addStory(uses: { bodies: Iterable<string>; places: Iterable<string> }): void {
    for (const name of uses.bodies) increment(this.bodyStories, name);
    for (const name of uses.places) increment(this.placeStories, name);
  }

  /** More stories write the name as a body's than say where something is by it. */
  isMostlyBody(name: string): boolean {
    return (this.bodyStories.get(name) ?? 0) > (this.placeStories.get(name) ?? 0);
  }
}

function increment(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}
