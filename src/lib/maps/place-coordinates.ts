/**
 * Coordinates for registry places that have none, in order of trust:
 * 1. the gazetteer entry with the same id (the importer makes ids from it),
 *    or else the same name in the same country;
 * 2. for a country, its largest gazetteer city (a point inside it is what the
 *    maps need to find and frame it);
 * 3. the mean of the places registered inside it (a province without
 *    coordinates still sits where its cities are).
 */
export interface PlaceCoordinates {
  id: string;
  name: string;
  kind?: string | undefined;
  country?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
  population?: number | undefined;
}

export interface RegistryPlaceLike {
  id: string;
  name: string;
  kind: string;
  parent?: string | undefined;
  country?: string | undefined;
  latitude?: number | undefined;
  longitude?: number | undefined;
}

const located = (place: { latitude?: number | undefined; longitude?: number | undefined }) =>
  place.latitude !== undefined && place.longitude !== undefined;

export interface Coordinates {
  latitude: number;
  longitude: number;
}

/** Where the gazetteer puts a place (steps 1 and 2), if anywhere. */
export type CoordinateLookup = (place: RegistryPlaceLike) => Coordinates | undefined;

export function gazetteerLookup(gazetteer: readonly PlaceCoordinates[]): CoordinateLookup {
  const byId = new Map<string, PlaceCoordinates>();
  const byNameAndCountry = new Map<string, PlaceCoordinates>();
  const largestCity = new Map<string, PlaceCoordinates>();
  for (const entry of gazetteer) {
    if (!located(entry)) continue;
    if (!byId.has(entry.id)) byId.set(entry.id, entry);
    const key = `${entry.name}|${entry.country ?? ''}`;
    if (!byNameAndCountry.has(key)) byNameAndCountry.set(key, entry);
    if (
      entry.country &&
      (entry.population ?? 0) > (largestCity.get(entry.country)?.population ?? -1)
    )
      largestCity.set(entry.country, entry);
  }
  return (place) => {
    const found =
      byId.get(place.id) ??
      byNameAndCountry.get(`${place.name}|${place.country ?? ''}`) ??
      (place.kind === 'country' && place.country ? largestCity.get(place.country) : undefined);
    return found ? { latitude: found.latitude!, longitude: found.longitude! } : undefined;
  };
}

/** What a lookup reads of a place: the same key, the same answer. */
export function lookupKey(place: RegistryPlaceLike): string {
  return JSON.stringify([place.id, place.name, place.country ?? null, place.kind]);
}

/** Places without coordinates, the ones a lookup is asked about. */
export function unlocated<T extends RegistryPlaceLike>(places: readonly T[]): T[] {
  return places.filter((place) => !located(place));
}

export function fillCoordinates<T extends RegistryPlaceLike>(
  places: readonly T[],
  gazetteer: readonly PlaceCoordinates[] | CoordinateLookup,
): T[] {
  const lookup = typeof gazetteer === 'function' ? gazetteer : gazetteerLookup(gazetteer);
  const filled = places.map((place) => {
    if (located(place)) return place;
    const found = lookup(place);
    return found ? { ...place, latitude: found.latitude, longitude: found.longitude } : place;
  });

  // Step 3: one pass to gather each parent's located children.
  const children = new Map<string, { latitude: number; longitude: number }[]>();
  for (const place of filled) {
    if (!place.parent || !located(place)) continue;
    const list = children.get(place.parent) ?? [];
    list.push({ latitude: place.latitude!, longitude: place.longitude! });
    children.set(place.parent, list);
  }
  return filled.map((place) => {
    const inside = children.get(place.id);
    if (located(place) || !inside) return place;
    const mean = (values: number[]) =>
      values.reduce((sum, value) => sum + value, 0) / values.length;
    return {
      ...place,
      latitude: mean(inside.map((point) => point.latitude)),
      longitude: mean(inside.map((point) => point.longitude)),
    };
  });
}
