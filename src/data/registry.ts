/**
 * The registry (people.yaml, places.yaml, organizations.yaml), loaded once per
 * build. Places the registry gives no coordinates get them here, from the same
 * gazetteer the importer uses, so a hand-added place still shows on the maps.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { EntityKind } from '../lib/entities/entities';
import { fillCoordinates, type PlaceCoordinates } from '../lib/maps/place-coordinates';
import { placeLookup } from './place-lookups';

export type RegistryPerson = CollectionEntry<'people'>['data'];
export type RegistryPlace = CollectionEntry<'places'>['data'];
export type RegistryOrganization = CollectionEntry<'organizations'>['data'];
export type RegistryEntry = RegistryPerson | RegistryPlace | RegistryOrganization;

export interface Registry {
  people: RegistryPerson[];
  places: RegistryPlace[];
  organizations: RegistryOrganization[];
}

export function registryEntries(registry: Registry, kind: EntityKind): readonly RegistryEntry[] {
  return registry[kind];
}

/** Gazetteer coordinates, read only when some place lacks its own (the city list is large). */
async function gazetteerCoordinates(): Promise<PlaceCoordinates[]> {
  const { buildGazetteer } = await import('../lib/entities/gazetteer');
  return buildGazetteer();
}

async function loadRegistry(): Promise<Registry> {
  const [people, places, organizations] = await Promise.all([
    getCollection('people'),
    getCollection('places'),
    getCollection('organizations'),
  ]);
  const placeData = places.map((entry) => entry.data);
  const needsGazetteer = placeData.some(
    (place) => place.latitude === undefined || place.longitude === undefined,
  );
  return {
    people: people.map((entry) => entry.data),
    places: needsGazetteer
      ? fillCoordinates(placeData, await placeLookup(placeData, gazetteerCoordinates))
      : placeData,
    organizations: organizations.map((entry) => entry.data),
  };
}

let registry: Promise<Registry> | undefined;

export function getRegistry(): Promise<Registry> {
  registry ??= loadRegistry();
  return registry;
}
