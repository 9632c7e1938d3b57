/**
 * A place page's map: the locator map around the place, with an inset of the
 * wider area when its frame is small, and the archive's other places nearby
 * for context.
 */
import { insetBox, locatorInset, needsInset, type MapInset } from './inset';
import type { PlacesByLocation } from './neighbours';
import {
  locatorContext,
  locatorMap,
  type ContextPoint,
  type LocatorKind,
  type LocatorMap,
  type MapPoint,
} from './maps';

export interface PlaceMap<T extends MapPoint> extends LocatorMap<T> {
  inset?: MapInset | undefined;
}

const WIDTH = 640;
const HEIGHT = 400;

/** The places a place's map shows for context, chosen from `nearby` without drawing the map. */
export function placeMapContext<T extends ContextPoint>(
  place: MapPoint,
  kind: LocatorKind,
  inside: readonly T[],
  nearby: PlacesByLocation<T> | undefined,
): T[] {
  return locatorContext(place, kind, inside, nearby, { width: WIDTH, height: HEIGHT });
}

/** `nearby`: the archive's places, or the context places `placeMapContext` chose from them. */
export function placeMap<T extends ContextPoint>(
  place: MapPoint,
  kind: LocatorKind,
  inside: readonly T[],
  nearby?: PlacesByLocation<T> | { context: readonly T[] },
): PlaceMap<T> {
  const map = locatorMap(place, kind, inside, {
    width: WIDTH,
    height: HEIGHT,
    ...(nearby && 'context' in nearby ? { context: nearby.context } : { nearby }),
    reserve: (frame) => (needsInset(frame) ? insetBox(HEIGHT) : undefined),
  });
  const inset = needsInset(map.frame)
    ? locatorInset([place.longitude, place.latitude], map.frame, map.height)
    : undefined;
  return { ...map, inset };
}
