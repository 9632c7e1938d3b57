/**
 * One name, one kind, decided across the whole import. Each story votes for the kind its own
 * evidence gives a name (a cue that marks a person, a form or a cue that marks an
 * organization); the matcher then tags every story with the name, so one story's misreading
 * ("Republican Party nominee John McCain and Democratic Party nominee Barack Obama" read as a
 * list of organizations) must not outvote the many stories where the cue says a person.
 */
export class KindVotes {
  private readonly personStories = new Map<string, number>();
  private readonly organizationStories = new Map<string, number>();
  private readonly thingStories = new Map<string, number>();

  /**
   * One story's evidence: the names its cues mark as people, the organizations it names, and
   * the names it uses as a thing's ("the Abu Ghraib prison").
   */
  addStory(
    people: Iterable<string>,
    organizations: Iterable<string>,
    things: Iterable<string> = [],
  ): void {
    for (const name of new Set(people)) increment(this.personStories, name);
    for (const name of new Set(organizations)) increment(this.organizationStories, name);
    for (const name of new Set(things)) increment(this.thingStories, name);
  }

  /** At least as many stories use the name as a place's or a body's as mark it a person. */
  isMostlyThing(name: string): boolean {
    const things = this.thingStories.get(name) ?? 0;
    return things > 0 && things >= (this.personStories.get(name) ?? 0);
  }

  /** More stories mark the name as a person than as an organization. */
  isMostlyPerson(name: string): boolean {
    return (this.personStories.get(name) ?? 0) > (this.organizationStories.get(name) ?? 0);
  }

  /** At least as many stories name it as an organization as mark it a person (a tie keeps the organization). */
  isMostlyOrganization(name: string): boolean {
    const organization = this.organizationStories.get(name) ?? 0;
    return organization > 0 && organization >= (this.personStories.get(name) ?? 0);
  }
}

/**
 * Lower-case nouns that a place's or a body's name qualifies, never a person's: "Abu Ghraib
 * prison", "the Islamist Hamas movement". ("The Bush administration", "the McCain campaign" do
 * follow a person's name, so those nouns are not here; "the Fianna Fáil councillors" are a
 * party's members, where a person's would be "Obama's".)
 */
const THING_NOUNS =
  'prison|jail|prison camp|detention centre|detention center|movement|militia|airport|stadium|airbase|air base|military base|naval base|refugee camp|province|district|neighbourhood|neighborhood|river|valley|mosque|church|temple|cathedral|oil field|dam|treaty|accords|councillors|councilors|lawmakers|legislators|TDs|MPs|MEPs|voters';
const THING_AFTER = new RegExp(`^\\s(?:${THING_NOUNS})\\b`, 'u');

const RUN_BEFORE_THING_NOUN = new RegExp(
  `(\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){1,3})(?=\\s(?:${THING_NOUNS})\\b)`,
  'gu',
);

/**
 * "the Fine Gael and Fianna Fáil councillors": runs of capitalised words (each ending of two
 * words or more) that a noun of THING_NOUNS follows, so that a story that never marks the name
 * as anyone's still votes for what it is.
 */
export function runsBeforeThingNouns(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(RUN_BEFORE_THING_NOUN)) {
    const words = (match[1] ?? '').split(' ');
    for (let start = 0; start <= words.length - 2; start += 1)
      found.add(words.slice(start).join(' '));
  }
  return [...found];
}

/** The names of `names` that the text uses as a thing's: followed by a noun of THING_NOUNS. */
export function namesUsedAsThings(text: string, names: Iterable<string>): string[] {
  const found: string[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (THING_AFTER.test(text.slice(at + name.length, at + name.length + 24))) {
        found.push(name);
        break;
      }
    }
  }
  return found;
}

function increment(counts: Map<string, number>, name: string): void {
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/**
 * "Islamist Hamas", "Palestinian Fatah": a describing word before an organization's name is not
 * a person's given name; the name is the organization's.
 */
export function isOrganizationWithDescriber(
  words: readonly string[],
  isOrganization: (name: string) => boolean,
  isGivenName: (word: string) => boolean,
): boolean {
  return (
    words.length >= 2 && !isGivenName(words[0] ?? '') && isOrganization(words.slice(1).join(' '))
  );
}

/**
 * "Shaer" where the story names Nasser al-Shaer, "Mlambo-Ngcuka" where it names Phumzile
 * Mlambo-Ngcuka: one word that is the surname of a person the story names is that person
 * again, whatever cue made it look like a body.
 */
export function isSurnameOfNamedPerson(name: string, people: Iterable<string>): boolean {
  if (/\s/.test(name)) return false;
  for (const person of people) {
    const surname = person.split(' ').at(-1) ?? '';
    if (surname === name || surname.replace(/^(?:al|el|Al|El)-/, '') === name) return true;
  }
  return false;
}

/**
 * "Israeli Channel 2 News", "Chinese Xinhua News Agency": a nationality glued before a name the
 * archive also learns without it is a descriptor, not part of the name; only where the rest
 * holds a proper name or a number, since "Labor Party" of "Australian Labor Party" is generic.
 */
export function isNationalityBeforeName(
  words: readonly string[],
  isOrganization: (name: string) => boolean,
  isGroupWord: (word: string) => boolean,
  isOrdinaryWord: (word: string) => boolean,
): boolean {
  const rest = words.slice(1);
  return (
    rest.length >= 2 &&
    isGroupWord(words[0] ?? '') &&
    rest.some((word) => /\d/.test(word) || !isOrdinaryWord(word)) &&
    isOrganization(rest.join(' '))
  );
}
