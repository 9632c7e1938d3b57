/**
 * Everything the importer knows about names before reading a story: the
 * gazetteer (places of the world) and the registry (people, places and
 * organizations a person confirmed or named), indexed for one-pass matching.
 */
import { createNameMatcher, type NameMatcher } from '../../lib/entities/name-matcher';
import { slugify } from '../../lib/slug';
import { buildGazetteer, type GazetteerPlace } from '../../lib/entities/gazetteer';
import { createLocalPlaces, type LocalPlaces } from './local-places';
import { placeLabel } from '../../lib/entities/place-notability';
import type { PlaceResolver } from './places';
import { readRegistry, type RegistryEntry, type RegistryKind } from './registry';

export interface Knowledge {
  places: PlaceResolver;
  placeMatcher: NameMatcher;
  isPlaceName(name: string): boolean;
  /** Names that may follow a place to say where it is: its country's and the country's regions' ("Victoria, British Columbia"). */
  containerNames(place: GazetteerPlace): readonly string[];
  /** The name an article and the registry give a place: the registry's, else its label ("Hamilton, Ontario"). */
  placeName(id: string): string;
  registry: Record<RegistryKind, RegistryEntry[]>;
  /** Districts and towns the gazetteer leaves out, looked up only on a story's evidence. */
  localPlaces: LocalPlaces;
}

function registryPlaceToGazetteer(entry: RegistryEntry): GazetteerPlace {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind ?? 'other',
    aliases: entry.aliases,
    country: entry.country,
    parent: entry.parent,
    latitude: entry.latitude,
    longitude: entry.longitude,
    population: 0,
    capital: false,
    curated: true,
  };
}

export function loadKnowledge(archiveDir: string): Knowledge {
  const registry = {
    people: readRegistry(archiveDir, 'people'),
    places: readRegistry(archiveDir, 'places'),
    organizations: readRegistry(archiveDir, 'organizations'),
  };
  const byId = new Map<string, GazetteerPlace>();
  const idsByName = new Map<string, string[]>();
  const addName = (name: string, id: string) => {
    const ids = idsByName.get(name) ?? [];
    if (!ids.includes(id)) ids.push(id);
    idsByName.set(name, ids);
  };
  const gazetteer = buildGazetteer();
  for (const place of gazetteer) {
    byId.set(place.id, place);
    for (const name of [place.name, ...place.aliases])
      if (place.kind === 'country' || !isContinentName(name)) addName(name, place.id);
  }
  // Registry places the gazetteer lacks become places; the registry's aliases are
  // a person's decisions and override whatever the gazetteer would guess.
  const aliasTargets = new Map<string, string>();
  const registryNames = new Map<string, string>();
  for (const entry of registry.places) {
    const id = entry.id || slugify(entry.name);
    registryNames.set(id, entry.name);
    if (!byId.has(id)) {
      byId.set(id, registryPlaceToGazetteer({ ...entry, id }));
      addName(entry.name, id);
    }
    for (const alias of entry.aliases) aliasTargets.set(alias, id);
  }
  const names = [...new Set([...idsByName.keys(), ...aliasTargets.keys()])];
  const placeMatcher = createNameMatcher(names.map((name) => ({ id: name, names: [name] })));
  const countryNames = new Map<string, string[]>();
  for (const place of byId.values()) {
    if (place.kind === 'country' && place.country)
      countryNames.set(place.country, [place.name, ...place.aliases]);
  }
  const places: PlaceResolver = {
    placeById: (id) => byId.get(id),
    candidates: (name) => idsByName.get(name) ?? [],
    aliasTarget: (name) => aliasTargets.get(name),
    countryNames: (code) => countryNames.get(code) ?? [],
  };
  const containersByCountry = new Map<string, string[]>();
  for (const place of byId.values()) {
    // A capital that is its region too (Buenos Aires) still says where a place is.
    const region = place.kind === 'region' || place.region === place.name;
    if (!place.country || (place.kind !== 'country' && !region)) continue;
    const names = containersByCountry.get(place.country) ?? [];
    names.push(place.name, ...place.aliases);
    containersByCountry.set(place.country, names);
  }
  return {
    places,
    placeMatcher,
    isPlaceName: (name) => idsByName.has(name) || aliasTargets.has(name),
    containerNames: (place) => containersByCountry.get(place.country ?? '') ?? [],
    placeName: (id) => {
      const place = byId.get(id);
      return registryNames.get(id) ?? (place ? placeLabel(place) : id);
    },
    registry,
    localPlaces: createLocalPlaces(gazetteer),
  };
}

/**
 * The gazetteer lists no continents (Antarctica as a territory only), just towns named after
 * them (Asia in the Philippines): a story's "Asia" is the continent, so the name tags no town.
 */
const CONTINENTS =
  /^(?:Africa|Asia|Europe|America|North America|South America|Central America|Latin America|Oceania|Antarctica|Eurasia)$/;
export const isContinentName = (name: string) => CONTINENTS.test(name);
