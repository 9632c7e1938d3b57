/**
 * Finds the people, places and organizations of many stories in two passes: learn each
 * story's own evidence (a title, a verb of speech, an apposition, an organization's
 * shape), then find with one matcher over every name learnt and registered, so "Premier Li
 * Qiang" in one story finds "Li Qiang" in another. Pass 2 sees the same names whatever the
 * order of the stories, so importing the same inputs twice gives the same tags.
 */
import {
  hasPlaceCue,
  isInsideLongerName,
  isPartOfLongerName,
} from '../../lib/entities/mention-cues';
import {
  createNameMatcher,
  type NameMatch,
  type NameMatcher,
} from '../../lib/entities/name-matcher';
import { slugify } from '../../lib/slug';
import { ambiguityOf } from '../../lib/entities/tagging-rules';
import type { Knowledge } from './knowledge';
import { isInHyphenatedName } from './hyphenated-names';
import {
  isHalfOfCouncilName,
  isNumberedAfter,
  namesAreaAfter,
  isPersonsNameHere,
  isRelativesGivenName,
  isTownNameAfterThe,
  namesNaturalFeature,
} from './not-the-place';
import { isBodyOnlyHere, PlaceBodyVotes, storyUses } from './place-body-votes';
import { isInListOfAreas, isRegionSeat, PlaceLevelVotes } from './place-level';
import { findOrganizationsInContext } from './organization-cues';
import { demonymPlace, placesByDemonym } from './place-demonyms';
import { isDemonymOfPlace, isPieceInStory, withOwnerInStory } from './organization-in-story';
import {
  findOrganizationCandidates,
  isAdherentWord,
  isOrganizationShaped,
  isPartyNameCutShort,
  isTwoNamesJoined,
} from './organizations';
import { isEnglishWord } from './english-words';
import {
  KindVotes,
  isNationalityBeforeName,
  isOrganizationWithDescriber,
  isSurnameOfNamedPerson,
  namesUsedAsThings,
  runsBeforeThingNouns,
} from './kind-votes';
import { bareNamesOfSeveralBodies } from './generic-organizations';
import { isCommonWord, isGivenName, isNonPersonName } from './lexicon';
import { NOT_NAME_WORDS } from './name-patterns';
import { canonicalNames, type StoryCount } from './name-variants';
import { findPersonCandidates, isChineseName, type PersonCandidates } from './people';
import {
  isNotAPlaceName,
  nearbyLesserPlaces,
  placesBeforeContainers,
  placesFromCues,
  planCues,
  placesListedWithPlaces,
  townsInApposition,
  LARGE_CITY_POPULATION,
  type CuedPlace,
} from './cued-places';
import type { GazetteerPlace } from '../../lib/entities/gazetteer';
import { findPlaceCues } from './place-cues';
import { placeLabel } from '../../lib/entities/place-notability';
import { isStorySource } from './story-source';
import {
  contradictedByQualifier,
  qualifierAfter,
  resolvePlaces,
  saysWhereItIs,
  type DatelinePlace,
  type PlaceMention,
} from './places';
import type { RegistryEntry } from './registry';
import { isBodyOfLand } from './person-name-edges';
import { landformNamesIn, reviseMadePlace } from './made-places';
import { wordKnowledge } from './word-knowledge';
import { isOneWordPerson, isWordOfOtherName } from './one-word-people';

export interface EntityName {
  id: string;
  name: string;
}

export interface FoundEntities {
  people: EntityName[];
  places: EntityName[];
  organizations: EntityName[];
}

export interface StoryCandidates {
  people: PersonCandidates;
  organizations: string[];
  /** Town names the story uses as a body's ("Nokia Inc.", "banks: Barclays, Halifax, HSBC"). */
  placesNamedAsBodies?: readonly string[];
  /** Town names the story writes as a company's, a university's or a craft's and never as a place's. */
  townsNotPlacesHere?: readonly string[];
}

interface NameIndex {
  matcher: NameMatcher;
  nameOf: Map<string, string>;
  /** The variant spellings filed under an entity: "Ben S. Bernanke" under Ben Bernanke. */
  aliasesOf(id: string): string[];
}

function buildIndex(
  kind: 'people' | 'organizations',
  registry: RegistryEntry[],
  learnt: readonly string[],
  acronyms = new Map<string, string>(),
  storiesOf: StoryCount = () => 0,
): NameIndex {
  const entries = new Map<string, Set<string>>();
  const nameOf = new Map<string, string>();
  for (const entry of registry) {
    const id = entry.id || slugify(entry.name);
    nameOf.set(id, entry.name);
    entries.set(id, new Set([entry.name, ...entry.aliases]));
  }
  // A variant spelling is matched as itself but filed under its canonical name's entity.
  const canonical = canonicalNames(
    kind,
    registry.map((entry) => entry.name),
    learnt,
    storiesOf,
  );
  // An editor's alias ("Volodymyr Zelenskyy") is its entry's name too: learnt again from a
  // story, it must not become a second entity that makes the name ambiguous to the matcher.
  const registryIds = new Map(
    registry.flatMap((entry) =>
      [...entry.aliases, entry.name].map((name) => [name, entry.id || slugify(entry.name)]),
    ),
  );
  for (const name of [...learnt, ...acronyms.keys()]) {
    const expansion = acronyms.get(name);
    const canonicalName =
      expansion !== undefined
        ? (canonical.get(expansion) ?? expansion)
        : (canonical.get(name) ?? name);
    const id = registryIds.get(canonicalName) ?? slugify(canonicalName);
    if (!id) continue;
    if (!nameOf.has(id)) nameOf.set(id, canonicalName);
    const names = entries.get(id) ?? new Set<string>();
    names.add(name);
    entries.set(id, names);
  }
  const matcher = createNameMatcher([...entries].map(([id, names]) => ({ id, names: [...names] })));
  return {
    matcher,
    nameOf,
    aliasesOf: (id) => [...(entries.get(id) ?? [])].filter((name) => name !== nameOf.get(id)),
  };
}

const overlaps = (
  a: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
) => spans.some((span) => a.start < span.end && span.start < a.end);

function isSentenceStart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(?:[.!?:]["”’]?\s+|\n\s*|^\s*|["“‘(]\s*)$/.test(before);
}

/** "Hunan Shanhe", "Washington Post": the place name is the start of a longer name. */
function continuesIntoName(text: string, end: number): boolean {
  // "Hunan Province", "Kent County": a word for what the place is does not make another name.
  return /^ (?!(?:On|In|At|And|The|For|To|Of|Is|Was|On|Province|Prefecture|Region|County|District|State|City|Island|Islands)\b)\p{Lu}\p{Ll}/u.test(
    text.slice(end, end + 14),
  );
}

/** "his home province Antioquia", "the state of Kerala": the story says the name is an area. */
const AREA_WORD_BEFORE =
  /\b(?:province|state|region|prefecture|governorate|county|canton)(?: of)? $/;

export class EntityFinder {
  /** Each full name learnt and how many stories write it. */
  private readonly learntPeople = new Map<string, number>();
  private readonly learntOrganizations = new Set<string>();
  private readonly organizationAcronyms = new Map<string, string | null>();
  private readonly kindVotes = new KindVotes();
  private readonly placeBodyVotes = new PlaceBodyVotes();
  private readonly placeLevelVotes = new PlaceLevelVotes();
  /** Names the archive writes before a landform word ("the Sinai Peninsula"): no town's. */
  private readonly landforms = new Set<string>();
  private people: NameIndex | undefined;
  private organizations: NameIndex | undefined;
  private surnameOwners = new Map<string, string | null>();
  private personWordSet: Set<string> | undefined;
  private readonly taggedPeople = new Map<string, string>();
  private readonly taggedPlaces = new Set<string>();
  /** Places found from a story's words that the gazetteer does not index (lakes, islands, districts). */
  private readonly cuedPlaces = new Map<string, GazetteerPlace>();
  private readonly taggedOrganizations = new Map<string, string>();

  constructor(private readonly knowledge: Knowledge) {}

  learn(text: string, title?: string): StoryCandidates {
    const people = findPersonCandidates(text, this.knowledge.isPlaceName, title);
    // "New Zealand" cut from "New Zealand John Fairfax Holdings": a country or region is no organization.
    const byForm = findOrganizationCandidates(text, this.knowledge.isPlaceName, (name) =>
      this.registeredOrganizations().has(name),
    ).filter((name) => !this.isPlaceNotBody(name));
    const inContext = findOrganizationsInContext(text, {
      isPlaceName: this.knowledge.isPlaceName,
      people: people.cued,
      byForm,
    });
    const { isPlaceName } = this.knowledge;
    // "Louisiana's Department of Health and Hospitals": the owner the story names joins the name.
    const owned = [...byForm, ...inContext.names].flatMap((name) => {
      const whole = withOwnerInStory(
        name.replace(/^The (?=\p{Lu}{2,}$)/u, ''),
        text,
        isPlaceName,
        (place) => this.isCountry(place),
      );
      // The possessive spelling is matched as the owned name, as an acronym is as its expansion.
      if (whole && whole.written !== whole.name)
        this.organizationAcronyms.set(whole.written, whole.name);
      return whole === null ? [] : [whole.name];
    });
    const organizations = [...new Set(owned)].filter(
      (name) =>
        isOrganizationShaped(name) &&
        !this.isPlaceNotBody(name) &&
        !isDemonymOfPlace(name, isPlaceName) &&
        !isPieceInStory(name, text, isPlaceName) &&
        !isSurnameOfNamedPerson(name, people.fullNames),
    );
    const things = new Set([
      ...namesUsedAsThings(text, people.fullNames),
      ...runsBeforeThingNouns(text),
    ]);
    this.kindVotes.addStory(people.cued, organizations, things);
    const townUses = storyUses(
      text,
      this.knowledge.placeMatcher
        .findAll(text)
        .filter((match) => this.isTownOnly(match.id))
        .map((match) => ({ name: match.id, start: match.start, end: match.end })),
      (name) => this.isCountryOrRegion(name),
    );
    this.placeBodyVotes.addStory(townUses);
    for (const name of landformNamesIn(text)) this.landforms.add(name);
    for (const name of people.fullNames)
      this.learntPeople.set(name, (this.learntPeople.get(name) ?? 0) + 1);
    for (const name of organizations) this.learntOrganizations.add(name);
    for (const [acronym, name] of inContext.acronyms) {
      if (!isOrganizationShaped(name) || !/\p{Lu}.*\p{Lu}/u.test(acronym)) continue;
      // An acronym that stands for two names in the archive stands for neither.
      const known = this.organizationAcronyms.get(acronym);
      this.organizationAcronyms.set(acronym, known === undefined || known === name ? name : null);
    }
    return {
      people,
      organizations,
      placesNamedAsBodies: inContext.placesNamedAsBodies,
      townsNotPlacesHere: [...townUses.notPlacesHere],
    };
  }

  private registeredOrganizationNames: Set<string> | undefined;

  private registeredOrganizations(): Set<string> {
    this.registeredOrganizationNames ??= new Set(
      this.knowledge.registry.organizations.flatMap((entry) => [entry.name, ...entry.aliases]),
    );
    return this.registeredOrganizationNames;
  }

  private ready(): { people: NameIndex; organizations: NameIndex } {
    if (!this.people || !this.organizations) {
      const { registry } = this.knowledge;
      const organizationNames = new Set(
        registry.organizations.flatMap((entry) => [entry.name, ...entry.aliases]),
      );
      // A learnt "person" that the registry files as an organization is not a person, nor one that
      // stories name as an organization at least as often as they mark it a person ("Morgan
      // Stanley" among banks); "Islamist Hamas" is the organization Hamas.
      const isOrganization = (name: string) =>
        organizationNames.has(name) || this.learntOrganizations.has(name);
      const people = [...this.learntPeople.keys()]
        .filter(
          (name) =>
            !organizationNames.has(name) &&
            !this.kindVotes.isMostlyOrganization(name) &&
            !this.kindVotes.isMostlyThing(name) &&
            !isOrganizationWithDescriber(name.split(' '), isOrganization, isGivenName) &&
            !isBodyOfLand(name.split(' '), (word) => this.isCountryOrRegion(word)),
        )
        .sort();
      this.people = buildIndex(
        'people',
        registry.people,
        people,
        new Map(),
        (name) => this.learntPeople.get(name) ?? 0,
      );
      // An "organization" that more stories mark as a person is that person: "John McCain".
      // Neither is a bare name that several bodies bear, nor a nationality before a name.
      const severalBodies = bareNamesOfSeveralBodies(
        this.learntOrganizations,
        this.knowledge.isPlaceName,
      );
      const isLearntOrganization = (name: string) => this.learntOrganizations.has(name);
      const firstWords = new Set(
        [...this.learntOrganizations]
          .filter((name) => name.includes(' ') && !name.includes(' and '))
          .map((name) => name.split(' ')[0]),
      );
      const organizationsLearnt = [...this.learntOrganizations].filter(
        (name) =>
          !this.kindVotes.isMostlyPerson(name) &&
          !severalBodies.has(name) &&
          !isTwoNamesJoined(name, isLearntOrganization, (word) => firstWords.has(word)) &&
          !isPartyNameCutShort(name, isLearntOrganization) &&
          // "Islamist Abu Sayyaf": a creed's word before a name is as much a describer as a nationality.
          !isNationalityBeforeName(
            name.split(' '),
            isLearntOrganization,
            isAdherentWord,
            isEnglishWord,
          ),
      );
      const acronyms = new Map(
        [...this.organizationAcronyms].filter(
          (entry): entry is [string, string] => entry[1] !== null,
        ),
      );
      this.organizations = buildIndex(
        'organizations',
        registry.organizations,
        organizationsLearnt.sort(),
        acronyms,
      );
      for (const [id, name] of this.people.nameOf) {
        const surname = name.split(' ').at(-1) ?? '';
        if (surname.length < 3) continue;
        // A surname shared by two people names neither.
        this.surnameOwners.set(
          surname,
          this.surnameOwners.has(surname) && this.surnameOwners.get(surname) !== id ? null : id,
        );
      }
    }
    return { people: this.people, organizations: this.organizations };
  }

  find(
    text: string,
    candidates: StoryCandidates,
    dateline?: string | DatelinePlace,
    titleLength = 0,
    source?: string,
  ): FoundEntities {
    const datelinePlace = typeof dateline === 'string' ? dateline : dateline?.place;
    const indexes = this.ready();
    const organizationMatches = indexes.organizations.matcher
      .findAll(text)
      .filter(
        (match) =>
          !isInsideLongerName(
            text,
            { name: match.text, start: match.start, end: match.end },
            wordKnowledge,
          ),
      );
    const personMatches = indexes.people.matcher
      .findAll(text)
      .filter((match) => !overlaps(match, organizationMatches));
    const peopleIds = unique(personMatches.map((match) => match.id));
    // "President Putin" with no full name in the story: the one Putin the archive knows.
    // "Shen Jiahui … Shen said": a Chinese name's surname comes first. "Ana Lucía Rojas Vaca …
    // Rojas said": any later word of a name the story gives is that person, never another Rojas.
    const surnamesHere = new Set(
      peopleIds.flatMap((id) => {
        const words = indexes.people.nameOf.get(id)?.split(' ') ?? [];
        return isChineseName(words) ? words : words.slice(1);
      }),
    );
    const mononyms = new Set<string>();
    for (const surname of candidates.people.surnames) {
      if (surnamesHere.has(surname)) continue;
      const owner = this.surnameOwners.get(surname);
      if (owner && (indexes.people.nameOf.get(owner)?.split(' ').length ?? 0) <= 3)
        peopleIds.push(owner);
      // A one-name person ("security minister Wiranto", "said Kipchoge") named again and again.
      else if (
        owner === undefined &&
        isPlausibleMononym(surname) &&
        countWord(text, surname) >= 3 &&
        !this.knowledge.isPlaceName(surname) &&
        // "Renault said": a word other stories name as an organization is that body here too.
        !this.learntOrganizations.has(surname) &&
        !this.registeredOrganizations().has(surname) &&
        isOneWordPerson(surname, text, {
          fullNames: [
            ...peopleIds.map((id) => indexes.people.nameOf.get(id) ?? id),
            ...candidates.people.fullNames,
          ],
          otherNames: [
            ...organizationMatches.map((match) => match.text),
            ...candidates.organizations,
          ],
        })
      )
        mononyms.add(this.registerMononym(surname));
    }
    peopleIds.push(...mononyms);
    dropLaterParts(peopleIds, (id) => indexes.people.nameOf.get(id) ?? id);
    const personWords = new Set(
      [...peopleIds].flatMap((id) => indexes.people.nameOf.get(id)?.split(' ') ?? []),
    );
    const surnames = new Set(
      [...peopleIds].map((id) => indexes.people.nameOf.get(id)?.split(' ').at(-1) ?? ''),
    );
    const blocked: NameMatch[] = [...organizationMatches, ...personMatches];
    const { places, localPlaces } = this.knowledge;
    const placeMatches = this.knowledge.placeMatcher.findAll(text);
    const cues = planCues(
      // "the Punjabi district of Gujranwala": a nationality adjective before an area word is no area's name.
      findPlaceCues(text).filter(
        (cue) =>
          !overlaps(cue, blocked) &&
          !(cue.kind === 'area' && demonymPlace(cue.base, this.knowledge.isPlaceName)),
      ),
      placeMatches,
      places,
      localPlaces,
    );
    const islandHere: CuedPlace[] = [];
    const mentions: PlaceMention[] = [];
    const bodiesHere = new Set(candidates.placesNamedAsBodies ?? []);
    const townsNotPlacesHere = new Set(candidates.townsNotPlacesHere ?? []);
    for (const match of placeMatches) {
      if (overlaps(match, blocked) || overlaps(match, cues.hidden)) continue;
      if (personWords.has(match.id)) continue;
      if (isRelativesGivenName(text, match, match.id, surnames)) continue;
      if (this.isNotThePlaceHere(text, match, townsNotPlacesHere)) continue;
      // "Nokia Inc.", "Intel, AMD and Kingston": a town's name the story uses as a body's is the
      // body, unless this mention says where it is ("based in Nokia, Finland", "homes in Ikeja").
      if (
        bodiesHere.has(match.id) &&
        !this.isCountryOrRegion(match.id) &&
        !saysWhereItIs(text, match.end, places) &&
        !/\b(?:in|near|outside|around)\s$/u.test(
          text.slice(Math.max(0, match.start - 8), match.start),
        )
      )
        continue;
      const island = cues.islandNames.get(match.id);
      if (island) {
        islandHere.push({ place: island, start: match.start });
        continue;
      }
      const confirmed =
        cues.confirmedAreas.has(match.start) ||
        cues.confirmedSettlements.has(match.start) ||
        AREA_WORD_BEFORE.test(text.slice(Math.max(0, match.start - 16), match.start));
      if (
        !confirmed &&
        continuesIntoName(text, match.end) &&
        !/^[A-Z.]+$/.test(match.id) &&
        !personMatches.some((person) => person.start === match.end + 1)
      )
        continue;
      if (text[match.end] === '$') continue; // "US$29.98 billion" is a currency
      // A country's name is often half of one ("Israel-Hezbollah war"): only a town's is dropped.
      if (
        isInHyphenatedName(text, match, this.knowledge.isPlaceName) &&
        !this.isCountryOrRegion(match.id)
      )
        continue;
      const previousWord = /(\p{Lu}[\p{L}'’-]*) $/u.exec(
        text.slice(Math.max(0, match.start - 30), match.start),
      )?.[1];
      // "Wells Fargo", "Air Canada", "Comedy Central": the place word ends another name; "New England" is not England.
      // A possessor is not part of the name ("Mexico City's Cuauhtémoc borough").
      // "County Kerry": the area cue's own word comes first, and makes no longer name.
      const countyFirst = previousWord === 'County' && cues.confirmedAreas.has(match.start);
      if (
        previousWord &&
        !countyFirst &&
        !/['’]s$/.test(previousWord) &&
        (!NOT_NAME_WORDS.has(previousWord) || previousWord === 'New')
      )
        continue;
      if (
        (!countyFirst &&
          isPartOfLongerName(
            text,
            { name: match.id, start: match.start, end: match.end },
            wordKnowledge,
          )) ||
        (!confirmed &&
          !this.isPlaceEvidence(text, match, datelinePlace) &&
          !this.isRegionOfNamedPlace(match.id, placeMatches))
      )
        continue;
      const prominent =
        match.end <= titleLength ||
        /[\p{L}], $/u.test(text.slice(Math.max(0, match.start - 3), match.start));
      const possessive = /^['’‘]s\b/.test(text.slice(match.end, match.end + 3));
      mentions.push({
        name: match.id,
        start: match.start,
        end: match.end,
        sentenceStart: isSentenceStart(text, match.start),
        prominent,
        possessive,
        cued: confirmed && !cues.confirmedSettlements.has(match.start),
        settlement: cues.confirmedSettlements.has(match.start),
        qualifier: this.qualifierOf(text, match),
      });
    }
    const resolved = [
      ...resolvePlaces(
        mentions,
        places,
        dateline,
        undefined,
        placesByDemonym(text, this.knowledge.isPlaceName),
      ).keys(),
    ];
    this.voteOnLevels(text, mentions, resolved);
    const storyCountries = new Set(
      resolved
        .map((id) => places.placeById(id)?.country)
        .filter((country) => country !== undefined),
    );
    const taken = [...blocked, ...placeMatches, ...cues.hidden, ...cues.open];
    const cued = [
      ...cues.waterAndIslands,
      ...placesFromCues(
        cues.open,
        storyCountries,
        places,
        localPlaces,
        resolved.map((id) => places.placeById(id)).filter((place) => place !== undefined),
      ),
      ...placesBeforeContainers(
        text,
        placeMatches,
        // "Berea, Kentucky" where the gazetteer's Berea is in Ohio: the name is free for the lesser town.
        taken.filter(
          (span) =>
            !mentions.some(
              (mention) => mention.start === span.start && contradictedByQualifier(mention, places),
            ),
        ),
        places,
        localPlaces,
      ),
      ...islandHere,
    ];
    const anchors = [
      ...resolved.map((id) => places.placeById(id)),
      ...cued.map(({ place }) => place),
    ].filter((place) => place !== undefined);
    cued.push(
      ...nearbyLesserPlaces(
        text,
        [...taken, ...cued.map(({ start, place }) => ({ start, end: start + place.name.length }))],
        anchors,
        localPlaces,
      ),
    );
    const cuedSpans = cued.map(({ start, place }) => ({ start, end: start + place.name.length }));
    cued.push(
      ...placesListedWithPlaces(
        text,
        [...mentions, ...cuedSpans],
        [...taken, ...cuedSpans],
        storyCountries,
        personWords,
        places,
        localPlaces,
      ),
      ...townsInApposition(text, [...taken, ...cuedSpans], storyCountries, places, localPlaces),
    );
    cued.sort((a, b) => a.start - b.start);
    const personWordsEverywhere = this.personWords();
    const madeContext = {
      resolver: places,
      storyCountries,
      containerNames: (country: GazetteerPlace) => this.knowledge.containerNames(country),
      landforms: this.landforms,
    };
    const cuedHere = cued
      .flatMap(({ place, start }) => {
        const revised = reviseMadePlace(place, madeContext);
        return revised ? [{ place: revised, start }] : [];
      })
      .filter(
        ({ place }) =>
          (places.placeById(place.id) !== undefined ||
            !isNotAPlaceName(place.name, personWordsEverywhere, places)) &&
          !this.isCuedTownOfBody(text, place, townsNotPlacesHere),
      );
    for (const { place } of cuedHere) {
      if (!places.placeById(place.id)) this.cuedPlaces.set(place.id, place);
    }
    // In order of first mention, whether a place came from the gazetteer or from a cue, so that
    // a re-import (where the registry now holds the cued places) writes the same list.
    const firstMention = new Map<string, number>();
    for (const { place, start } of cuedHere)
      if (!firstMention.has(place.id)) firstMention.set(place.id, start);
    for (const mention of mentions) {
      const alias = places.aliasTarget(mention.name);
      for (const id of alias ? [alias] : places.candidates(mention.name)) {
        if (mention.start < (firstMention.get(id) ?? Infinity)) firstMention.set(id, mention.start);
      }
    }
    for (const id of resolved) if (!firstMention.has(id)) firstMention.set(id, Infinity);
    const placeIds = unique([...resolved, ...cuedHere.map(({ place }) => place.id)]).sort(
      (a, b) => firstMention.get(a)! - firstMention.get(b)!,
    );
    // "Crete" the island the story tags is not also a person of one name.
    const placeNames = placeIds.map((id) => this.placeById(id)?.name ?? id);
    const found: FoundEntities = {
      people: peopleIds
        .filter(
          (id) =>
            !mononyms.has(id) ||
            !isWordOfOtherName(indexes.people.nameOf.get(id) ?? id, placeNames),
        )
        .map((id) => ({ id, name: indexes.people.nameOf.get(id) ?? id })),
      places: placeIds.map((id) => ({
        id,
        name: places.placeById(id)
          ? this.knowledge.placeName(id)
          : placeLabel(this.cuedPlaces.get(id) ?? { name: id }),
      })),
      organizations: unique(organizationMatches.map((match) => match.id))
        .map((id) => ({ id, name: indexes.organizations.nameOf.get(id) ?? id }))
        .filter(({ name }) => !isStorySource(name, source)),
    };
    for (const person of found.people) this.taggedPeople.set(person.id, person.name);
    for (const place of found.places) this.taggedPlaces.add(place.id);
    for (const organization of found.organizations)
      this.taggedOrganizations.set(organization.id, organization.name);
    return found;
  }

  /**
   * A place name that is also a month, a common word or part of a person's name
   * ("March", "Union", "Clinton") counts only with a cue, as at build time
   * (src/lib/entities/tagging-rules.ts), unless the registry's aliases say what it means.
   */
  private isPlaceEvidence(text: string, match: NameMatch, dateline: string | undefined): boolean {
    const { places } = this.knowledge;
    if (places.aliasTarget(match.id)) return true;
    const candidates = places
      .candidates(match.id)
      .map((id) => places.placeById(id))
      .filter((place) => place !== undefined);
    const isCountry = candidates.some((place) => place.kind === 'country');
    const ambiguity = ambiguityOf({ name: match.id, isCountry }, wordKnowledge, this.personWords());
    if (!ambiguity) return true;
    const containerNames = candidates.flatMap((place) => this.knowledge.containerNames(place));
    return hasPlaceCue(text, { name: match.id, start: match.start, end: match.end }, ambiguity, {
      dateline,
      containerNames,
      isPlaceName: (name) => this.isPlainPlaceName(name),
    });
  }

  /**
   * "power to Victoria" in a story that names Melbourne: a region that a place the story names
   * lies in is that region, though its name is also a person's.
   */
  private isRegionOfNamedPlace(name: string, matches: readonly NameMatch[]): boolean {
    const { places } = this.knowledge;
    const isRegion = places.candidates(name).some((id) => places.placeById(id)?.kind === 'region');
    if (!isRegion) return false;
    return matches.some((match) => {
      if (match.id === name) return false;
      const best = places.placeById(places.candidates(match.id)[0] ?? '');
      return (
        best?.kind === 'city' && best.region === name && best.population >= LARGE_CITY_POPULATION
      );
    });
  }

  /** "Canada": the name of a country. */
  private isCountry(name: string): boolean {
    const { places } = this.knowledge;
    return places.candidates(name).some((id) => places.placeById(id)?.kind === 'country');
  }

  /**
   * A town's name the import writes as a company's or a craft's more than as a place's
   * ("Nokia"), or this story does and never as a place's ("Harvard Law School … went to Harvard").
   */
  private isTownNameOfBody(name: string, notPlacesHere: ReadonlySet<string>): boolean {
    return (
      this.isTownOnly(name) && (notPlacesHere.has(name) || this.placeBodyVotes.isMostlyBody(name))
    );
  }

  /** A town a cue found ("went to Harvard", "based in Nokia, Finland") whose name is a body's, here or across the import. */
  private isCuedTownOfBody(
    text: string,
    place: GazetteerPlace,
    notPlacesHere: ReadonlySet<string>,
  ): boolean {
    if (place.kind !== 'city' || isRegionSeat(place)) return false;
    return (
      notPlacesHere.has(place.name) ||
      this.placeBodyVotes.isMostlyBody(place.name) ||
      isBodyOnlyHere(text, place.name, (name) => this.isCountryOrRegion(name))
    );
  }

  /**
   * One mention of a place's name that means something else (not-the-place.ts): a feature
   * ("the Niger delta", "the Andes"), a craft ("Shenzhou 7"), a person ("said Abdul Hakim"), a body.
   */
  private isNotThePlaceHere(
    text: string,
    match: NameMatch,
    notPlacesHere: ReadonlySet<string>,
  ): boolean {
    const townOnly = this.isTownOnly(match.id);
    return (
      namesNaturalFeature(text, match) ||
      isTownNameAfterThe(text, match, townOnly) ||
      namesAreaAfter(text, match, townOnly) ||
      isHalfOfCouncilName(text, match) ||
      (townOnly && isNumberedAfter(text, match)) ||
      isPersonsNameHere(text, match, match.id) ||
      this.isTownNameOfBody(match.id, notPlacesHere)
    );
  }

  /** How this story writes each region seat it tags (Van, Yala): as the area or as the town (place-level.ts). */
  private voteOnLevels(text: string, mentions: readonly PlaceMention[], resolved: string[]): void {
    const { places } = this.knowledge;
    const tagged = new Set(resolved);
    const areas: string[] = [];
    const towns: string[] = [];
    for (const mention of mentions) {
      const alias = places.aliasTarget(mention.name);
      for (const id of alias ? [alias] : places.candidates(mention.name)) {
        const place = places.placeById(id);
        if (!place || !tagged.has(id) || !isRegionSeat(place)) continue;
        const asArea =
          mention.cued || (!mention.settlement && isInListOfAreas(text, mention.start));
        (asArea ? areas : towns).push(id);
      }
    }
    this.placeLevelVotes.addStory(areas, towns);
  }

  /** Every place of the name is a town: no country, region or district has it. */
  private isTownOnly(name: string): boolean {
    const { places } = this.knowledge;
    const ids = places.candidates(name);
    // Van, the province and its seat in one entry, is an area as well.
    return (
      ids.length > 0 &&
      ids.every((id) => {
        const place = places.placeById(id);
        return place?.kind === 'city' && place.region !== place.name;
      })
    );
  }

  /** "Tasmania", "Canada": the name of a country or of a country's first-level region. */
  private isCountryOrRegion(name: string): boolean {
    const { places } = this.knowledge;
    return places
      .candidates(name)
      .some((id) => ['country', 'region'].includes(places.placeById(id)?.kind ?? ''));
  }

  /** A name that is a place wherever it stands: a place name that needs no cue ("Salem", not "Victoria"). */
  private isPlainPlaceName(name: string): boolean {
    const { places } = this.knowledge;
    if (places.aliasTarget(name)) return true;
    const candidates = places
      .candidates(name)
      .map((id) => places.placeById(id))
      .filter((place) => place !== undefined);
    if (candidates.length === 0) return false;
    const isCountry = candidates.some((place) => place.kind === 'country');
    return !ambiguityOf({ name, isCountry }, wordKnowledge, this.personWords());
  }

  /**
   * What follows ", " after a place name and may say where it is ("Hamilton, Ontario"); but
   * "Venezuela, Cuba and Norway" is a list of countries, not a town of Cuba called Venezuela.
   */
  private qualifierOf(text: string, match: NameMatch): string | undefined {
    const qualifier = qualifierAfter(text, match.end);
    if (!qualifier) return undefined;
    const isCountry = (name: string) =>
      this.knowledge.places
        .candidates(name)
        .some((id) => this.knowledge.places.placeById(id)?.kind === 'country');
    const rest = text.slice(match.end + 2 + qualifier.length, match.end + qualifier.length + 12);
    const listGoesOn = /^(?:,? and |, )\p{Lu}/u.test(rest);
    // "Flights to Madrid, Córdoba and Seville": a place after a name, in a list, that cannot
    // contain it is the next item, not where the name is.
    const { places } = this.knowledge;
    const canContain = (name: string) =>
      places
        .candidates(match.id)
        .map((id) => places.placeById(id))
        .some(
          (place) =>
            place !== undefined &&
            (place.region === name ||
              (place.country !== undefined && places.countryNames(place.country).includes(name))),
        );
    if (listGoesOn && places.candidates(qualifier).length > 0 && !canContain(qualifier))
      return undefined;
    return listGoesOn && isCountry(match.id) && isCountry(qualifier) ? undefined : qualifier;
  }

  /**
   * A country or a region ("New Zealand", "Washington"), or a place of more than one word, is not
   * a body; a city's one-word name may be a company's too ("Toyota", "Nokia").
   */
  private isPlaceNotBody(name: string): boolean {
    const { places } = this.knowledge;
    if (!this.knowledge.isPlaceName(name)) return false;
    return (
      name.includes(' ') ||
      places
        .candidates(name)
        .some((id) => ['country', 'region'].includes(places.placeById(id)?.kind ?? ''))
    );
  }

  private placeById(id: string): GazetteerPlace | undefined {
    return this.knowledge.places.placeById(id) ?? this.cuedPlaces.get(id);
  }

  /** Every word of the multi-word names of people learnt or registered: "Clinton" of "Hillary Clinton". */
  private personWords(): Set<string> {
    this.personWordSet ??= new Set(
      [...this.ready().people.nameOf.values()]
        .filter((name) => name.includes(' '))
        .flatMap((name) => name.split(' ')),
    );
    return this.personWordSet;
  }

  private registerMononym(name: string): string {
    const id = slugify(name);
    const people = this.ready().people;
    if (!people.nameOf.has(id)) people.nameOf.set(id, name);
    return id;
  }

  /** Entities tagged in some story that the registry does not list yet. */
  registryAdditions(): {
    people: RegistryEntry[];
    places: RegistryEntry[];
    organizations: RegistryEntry[];
  } {
    const { registry } = this.knowledge;
    const known = (entries: RegistryEntry[]) => new Set(entries.map((entry) => entry.id));
    const knownPeople = known(registry.people);
    const knownPlaces = known(registry.places);
    const knownOrganizations = known(registry.organizations);
    return {
      // One-word names stay out: matched everywhere, they would re-tag other stories on the next import.
      people: [...this.taggedPeople]
        .filter(([id, name]) => !knownPeople.has(id) && name.includes(' '))
        .map(([id, name]) => ({ id, name, aliases: this.ready().people.aliasesOf(id) })),
      organizations: [...this.taggedOrganizations]
        .filter(([id]) => !knownOrganizations.has(id))
        .map(([id, name]) => ({ id, name, aliases: this.ready().organizations.aliasesOf(id) })),
      places: [...this.taggedPlaces]
        .filter((id) => !knownPlaces.has(id))
        .flatMap((id) => {
          const place = this.placeById(id);
          if (!place) return [];
          return [
            {
              id,
              name: placeLabel(place),
              aliases: [],
              kind: this.placeLevelVotes.kindOf(place),
              parent: place.parent,
              latitude: place.latitude,
              longitude: place.longitude,
              country: place.country,
            },
          ];
        }),
    };
  }
}

/**
 * "Fernández Ruiz", "der Merwe", "Abu al-Saud" in a story that names Luis Alberto Fernández
 * Ruiz, Pieter van der Merwe or Raed Abu al-Saud: the last words of a person's full name,
 * in the same story, are that person again, never another.
 */
export function dropLaterParts(ids: string[], nameOf: (id: string) => string): void {
  const names = ids.map(nameOf);
  for (let i = ids.length - 1; i >= 0; i -= 1) {
    const name = names[i]!;
    if (names.some((other, j) => j !== i && other.endsWith(` ${name}`))) {
      ids.splice(i, 1);
      names.splice(i, 1);
    }
  }
}

/** "Wiranto", "Kipchoge": a single capitalised word that is nothing but a name. */
function isPlausibleMononym(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{3,}$/u.test(word) &&
    !isCommonWord(word) &&
    !isNonPersonName(word) &&
    !isEnglishWord(word)
  );
}

function countWord(text: string, word: string): number {
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) count += 1;
  }
  return count;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
