/**
 * Turns what an article says into entity ids through the registry: a frontmatter
 * reference by id, name, alias or a variant ending in one ("Premier Li Qiang"), else the
 * name's slug (an entity the registry does not know still gets a page); and the text's
 * names, found by one matcher over all three kinds so the longest wins across kinds
 * ("Hunan University" over "Hunan"), a name that needs a cue counting only with one
 * (tagging-rules.ts, mention-cues.ts).
 */
import {
  ENTITY_KINDS,
  referenceId,
  referenceName,
  type EntityKind,
  type EntityReference,
} from './entities';
import { hasPlaceCue, isInsideLongerName, isPartOfLongerName } from './mention-cues';
import {
  createNameMatcher,
  normaliseName,
  type NameEntry,
  type NameMatch,
  type NameMatcher,
} from './name-matcher';
import {
  ambiguityOf,
  personNameWords,
  type Ambiguity,
  type Tagging,
  type WordKnowledge,
} from './tagging-rules';

export interface RegisteredEntity {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Overrides the computed rule for how the entity's names tag a text. */
  tagging?: Tagging | undefined;
  /** Places: their kind, the place they lie in, and their country's ISO code. */
  kind?: string | undefined;
  parent?: string | undefined;
  country?: string | undefined;
}

/** What a text says besides itself: where the story was filed from. */
export interface TextContext {
  dateline?: string | undefined;
}

export type RegistryByKind = Record<EntityKind, readonly RegisteredEntity[]>;

export interface ResolvedEntity {
  kind: EntityKind;
  id: string;
  /** The registry's name, or the article's when the registry does not know it. */
  name: string;
}

export interface EntityResolver {
  resolveReference(kind: EntityKind, reference: EntityReference): ResolvedEntity | undefined;
  /** Entities named in a text, in order of first appearance, each once. */
  entitiesInText(text: string, context?: TextContext): ResolvedEntity[];
  /** The registered entry of an id, if any. */
  registered(kind: EntityKind, id: string): RegisteredEntity | undefined;
}

const SEPARATOR = ':'; // ids are slugs and never contain it

/** How one registered name may tag a text, and why it needs a cue if it does. */
interface NameRule {
  tagging: Tagging;
  ambiguity?: Ambiguity | undefined;
}

const ANY_MENTION: NameRule = { tagging: 'text' };
const ruleKey = (key: string, name: string) => `${key}\u0000${normaliseName(name)}`;

/** Names of what contains each place: its parent and its country, as the registry writes them. */
function containerNames(places: readonly RegisteredEntity[]): Map<string, string[]> {
  const byId = new Map(places.map((place) => [place.id, place]));
  const countries = new Map(
    places
      .filter((place) => place.kind === 'country' && place.country)
      .map((place) => [place.country!, place]),
  );
  const names = (place: RegisteredEntity | undefined) =>
    place ? [place.name, ...place.aliases] : [];
  return new Map(
    places.map((place) => {
      const country = place.country ? countries.get(place.country) : undefined;
      return [
        place.id,
        [
          ...names(place.parent ? byId.get(place.parent) : undefined),
          ...(country === place ? [] : names(country)),
        ],
      ];
    }),
  );
}

/**
 * Without word knowledge every name tags any text that mentions it; with it, a
 * name that is also a month, a common word or part of a person's name needs a
 * cue, and no place counts inside a longer name.
 */
export function createEntityResolver(
  registry: RegistryByKind,
  words?: WordKnowledge,
): EntityResolver {
  const byId = new Map<string, RegisteredEntity>();
  const matcherEntries: NameEntry[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const entity of registry[kind]) {
      const key = kind + SEPARATOR + entity.id;
      byId.set(key, entity);
      matcherEntries.push({ id: key, names: [entity.name, ...entity.aliases] });
    }
  }
  // What matching a text needs, made on the first text: a build that finds every
  // article's matches in its cache (match-cache.ts) only resolves frontmatter names.
  let textTools:
    | {
        textMatcher: NameMatcher;
        rules: Map<string, NameRule>;
        containers: ReturnType<typeof containerNames>;
      }
    | undefined;
  const forText = () =>
    (textTools ??= {
      textMatcher: createNameMatcher(matcherEntries),
      rules: words ? nameRules(registry, words) : new Map<string, NameRule>(),
      containers: containerNames(registry.places),
    });
  // Frontmatter names are resolved per kind: "Washington" the person is not the place.
  const kindMatchers = new Map<EntityKind, NameMatcher>(
    ENTITY_KINDS.map((kind) => [
      kind,
      createNameMatcher(matcherEntries.filter((entry) => entry.id.startsWith(kind + SEPARATOR))),
    ]),
  );

  const resolved = (key: string): ResolvedEntity => {
    const at = key.indexOf(SEPARATOR);
    return {
      kind: key.slice(0, at) as EntityKind,
      id: key.slice(at + 1),
      name: byId.get(key)!.name,
    };
  };

  /** A registered name that the whole reference is, or ends with (after titles such as "Premier"). */
  function registeredNameIn(kind: EntityKind, name: string): string | undefined {
    const normalised = normaliseName(name);
    const matches = kindMatchers.get(kind)!.findAll(normalised);
    const last = matches.at(-1);
    if (!last) return undefined;
    const rest = normalised
      .slice(last.end)
      .replace(/^['’]s?/, '')
      .trim();
    if (rest !== '' || matches.length > 1) return undefined;
    return last.id;
  }

  return {
    resolveReference(kind, reference) {
      const name = referenceName(reference);
      if (typeof reference !== 'string') {
        const entity = byId.get(kind + SEPARATOR + reference.id);
        return { kind, id: reference.id, name: entity?.name ?? name };
      }
      const key = registeredNameIn(kind, name);
      if (key) return resolved(key);
      const id = referenceId(reference);
      if (!id) return undefined;
      return { kind, id, name: byId.get(kind + SEPARATOR + id)?.name ?? name };
    },
    entitiesInText(text, context = {}) {
      const { textMatcher, rules, containers } = forText();
      const matches = textMatcher.findAll(text);
      // "Clinton said", after "Hillary Clinton": the person again, not a place called Clinton.
      const wordsOfPeopleHere = new Set(
        matches
          .filter((match) => match.id.startsWith(`people${SEPARATOR}`) && /\s/.test(match.text))
          .flatMap((match) => match.text.split(/\s+/)),
      );
      // Places named here that need no cue: a list member next to one is a place too.
      const plainPlacesHere = new Set(
        matches
          .filter(
            (match) =>
              match.id.startsWith(`places${SEPARATOR}`) &&
              !rules.get(ruleKey(match.id, match.text))?.ambiguity,
          )
          .map((match) => normaliseName(match.text)),
      );
      const counts = (match: NameMatch): boolean => {
        const isPlace = match.id.startsWith(`places${SEPARATOR}`);
        const entity = byId.get(match.id)!;
        const mention = { name: normaliseName(match.text), start: match.start, end: match.end };
        if (words && isPlace && isPartOfLongerName(text, mention, words)) return false;
        if (
          words &&
          match.id.startsWith(`organizations${SEPARATOR}`) &&
          isInsideLongerName(text, mention, words)
        )
          return false;
        const rule = rules.get(ruleKey(match.id, match.text)) ?? ANY_MENTION;
        if (rule.tagging === 'text') return true;
        if (
          rule.tagging === 'frontmatter' ||
          !isPlace ||
          !rule.ambiguity ||
          wordsOfPeopleHere.has(match.text)
        )
          return false;
        return hasPlaceCue(text, mention, rule.ambiguity, {
          dateline: context.dateline,
          containerNames: containers.get(entity.id) ?? [],
          isPlaceName: (name) => plainPlacesHere.has(name),
        });
      };
      const seen = new Set<string>();
      const found: ResolvedEntity[] = [];
      for (const match of matches) {
        if (seen.has(match.id) || !counts(match)) continue;
        seen.add(match.id);
        found.push(resolved(match.id));
      }
      return found;
    },
    registered: (kind, id) => byId.get(kind + SEPARATOR + id),
  };
}

/**
 * Bare place names another registered place is labelled with ("Georgia" when "Georgia,
 * United States" is registered), which say nothing of which place a story means, each
 * with the ids labelled with it ("Washington" of "Washington, D.C." may stay an alias).
 */
function sharedPlaceNames(places: readonly RegisteredEntity[]): Map<string, Set<string>> {
  const shared = new Map<string, Set<string>>();
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) {
      const bare = /^([^,]+), [^,]+$/.exec(name)?.[1];
      if (bare)
        shared.set(
          normaliseName(bare),
          (shared.get(normaliseName(bare)) ?? new Set()).add(place.id),
        );
    }
  }
  return shared;
}

/** The rule of every registered name, computed once per registry. */
function nameRules(registry: RegistryByKind, words: WordKnowledge): Map<string, NameRule> {
  const personWords = personNameWords(registry.people);
  const sharedNames = sharedPlaceNames(registry.places);
  const rules = new Map<string, NameRule>();
  for (const kind of ENTITY_KINDS) {
    for (const entity of registry[kind]) {
      const key = kind + SEPARATOR + entity.id;
      for (const name of [entity.name, ...entity.aliases]) {
        const ambiguity = ambiguityOf(
          { name, isCountry: entity.kind === 'country' },
          words,
          personWords,
        );
        // Only the article's own list (the importer's decision, or an editor's) says which Georgia it is.
        const labelledWithIt = kind === 'places' ? sharedNames.get(normaliseName(name)) : undefined;
        const shared =
          labelledWithIt !== undefined && [...labelledWithIt].some((id) => id !== entity.id);
        const tagging = entity.tagging ?? (shared ? 'frontmatter' : ambiguity ? 'context' : 'text');
        if (tagging !== 'text')
          rules.set(ruleKey(key, name), {
            tagging,
            ambiguity: ambiguity ?? (tagging === 'context' ? 'common-word' : undefined),
          });
      }
    }
  }
  return rules;
}
