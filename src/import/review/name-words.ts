/**
 * What the words of a registry name say about it, for the review: words that
 * belong to organizations, events, nationalities, religions and job titles.
 *
 * Organization words and nationalities come from compromise's model (its
 * `orgWords` list and its lexicon's Demonym tag), read as data the way
 * src/import/entities/lexicon.ts reads it. Compromise has no religion tag and no
 * event words, so those two short lists are kept here.
 */
import nlp from 'compromise';

type Tags = string | string[] | undefined;

const model = nlp.model() as {
  one: { lexicon: Record<string, Tags> };
  two: { orgWords: Record<string, unknown> };
};

/** Words that name a kind of organization or a newspaper: Party, University, Bank, Inc, Times, Police … */
const ORGANIZATION_WORDS = new Set([
  ...Object.keys(model.two.orgWords),
  'alliance',
  'cabinet',
  'court',
  'courts',
  'ministry',
  'parliament',
  'party',
  'senate',
  'congress',
  'assembly',
  'navy',
  'airport',
  'stadium',
  'oval',
  'arena',
  'temple',
  'mosque',
  'shimbun',
  'air',
  'railway',
  'railways',
  'corporation',
  'accords',
]);

/** Words that name events, wars, treaties and storms. */
const EVENT_WORDS = new Set([
  'accords',
  'accord',
  'agreement',
  'treaty',
  'protocol',
  'war',
  'wars',
  'revolution',
  'hurricane',
  'typhoon',
  'cyclone',
  'storm',
  'earthquake',
  'tsunami',
  'olympics',
  'games',
  'cup',
  'championship',
  'championships',
  'festival',
  'awards',
  'prize',
  'summit',
  'crisis',
  'pandemic',
  'election',
  'elections',
  'referendum',
  'marathon',
  'grand prix',
  'expo',
]);

/** Religions and their followers. */
const RELIGION_WORDS = new Set([
  'catholic',
  'catholics',
  'christian',
  'christians',
  'muslim',
  'muslims',
  'islam',
  'islamic',
  'jewish',
  'jew',
  'jews',
  'buddhist',
  'buddhists',
  'hindu',
  'hindus',
  'sikh',
  'sikhs',
  'sunni',
  'shia',
  "shi'ite",
  'protestant',
  'protestants',
  'orthodox',
  'anglican',
  'evangelical',
  'mormon',
  'lutheran',
  'methodist',
  'baptist',
  'pentecostal',
]);

/** Titles and roles that precede a name in news text but are not part of it. */
const TITLE_WORDS = new Set([
  'president',
  'vice',
  'premier',
  'minister',
  'chancellor',
  'secretary',
  'governor',
  'deputy',
  'mayor',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'assemblyman',
  'assemblywoman',
  'councillor',
  'councilman',
  'speaker',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'cardinal',
  'archbishop',
  'bishop',
  'judge',
  'justice',
  'ambassador',
  'general',
  'gen.',
  'admiral',
  'colonel',
  'captain',
  'lieutenant',
  'sergeant',
  'commander',
  'chairman',
  'chairwoman',
  'director',
  'commissioner',
  'inspector',
  'detective',
  'superintendent',
  'sheriff',
  'prosecutor',
  'attorney',
  'attorney-general',
  'dr',
  'dr.',
  'professor',
  'prof.',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'sheikh',
  'ayatollah',
  'emir',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'coach',
  'manager',
  'chief',
  'engineer',
  'officer',
  'constable',
  'reverend',
  'rev.',
  'ceo',
  'candidate',
  'democrat',
  'republican',
  'sayyid',
]);

function tagsOf(word: string): string[] {
  const tags = model.one.lexicon[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const plain = (word: string) =>
  word
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/[,;:]$/u, '');

export function organizationWord(words: readonly string[]): string | undefined {
  return words.find((word) => ORGANIZATION_WORDS.has(plain(word)));
}

export function eventWord(words: readonly string[]): string | undefined {
  return words.find((word) => EVENT_WORDS.has(plain(word)));
}

/** A nationality ("African", "Zealander" is not in the lexicon) or a religion ("Catholic"). */
export function nationalityOrReligionWord(words: readonly string[]): string | undefined {
  return words.find(
    (word) => RELIGION_WORDS.has(plain(word)) || tagsOf(plain(word)).includes('Demonym'),
  );
}

export function titleWord(words: readonly string[]): string | undefined {
  return words.find((word) => TITLE_WORDS.has(plain(word)));
}

/** Known to the lexicon as a given name ("Nancy", "Joschka" is not). */
export function isGivenNameWord(word: string): boolean {
  return tagsOf(word).some(
    (tag) => tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName',
  );
}

/** A month or a weekday: "March", "Tuesday's". */
export function isCalendarWord(word: string): boolean {
  return (
    tagsOf(plain(word)).some((tag) => tag === 'Month' || tag === 'WeekDay') ||
    /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(
      plain(word),
    )
  );
}

/** A word that also names people: a given name or a surname ("Clinton", "Douglas"). */
export function isPersonNameWord(word: string): boolean {
  return tagsOf(word).some((tag) =>
    ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].includes(tag),
  );
}

/** The lexicon knows it as a place (city, country, region): "Paris" is not a common word. */
export function isPlaceWord(word: string): boolean {
  return tagsOf(word).some((tag) => ['City', 'Country', 'Region', 'Place'].includes(tag));
}
