/**
 * The archive's places by where they are, so that a locator map finds the
 * places inside its frame without looking at every place: a build draws one
 * map per place, and a scan of all places per map would grow with the square
 * of their number. Points go into cells of a few degrees, built once per build.
 */
import type { MapPoint } from './maps';

/** Degrees per cell: a city's frame (6°) covers a few cells, a country's (40°) a few hundred. */
const CELL_DEGREES = 5;
const COLUMNS = 360 / CELL_DEGREES;

export interface PlacesByLocation<T extends MapPoint> {
  /** Points with west ≤ longitude ≤ east and south ≤ latitude ≤ north; west > east means across the antimeridian. */
  within(west: number, south: number, east: number, north: number): T[];
}

const column = (longitude: number) =>
  Math.min(COLUMNS - 1, Math.max(0, Math.floor((longitude + 180) / CELL_DEGREES)));
const row = (latitude: number) =>
  Math.floor((Math.max(-90, Math.min(90, latitude)) + 90) / CELL_DEGREES);

export function placesByLocation<T extends MapPoint>(points: readonly T[]): PlacesByLocation<T> {
  const cells = new Map<number, T[]>();
  for (const point of points) {
    const cell = row(point.latitude) * COLUMNS + column(point.longitude);
    const list = cells.get(cell);
    if (list) list.push(point);
    else cells.set(cell, [point]);
  }

  function collect(west: number, south: number, east: number, north: number, into: T[]): void {
    for (let r = row(south); r <= row(north); r++) {
      for (let c = column(west); c <= column(east); c++) {
        for (const point of cells.get(r * COLUMNS + c) ?? []) {
          if (
            point.longitude >= west &&
            point.longitude <= east &&
            point.latitude >= south &&
            point.latitude <= north
          )
            into.push(point);
        }
      }
    }
  }

  return {
    within(west, south, east, north) {
      const found: T[] = [];
      if (west <= east) collect(west, south, east, north, found);
      else {
        collect(west, south, 180, north, found);
        collect(-180, south, east, north, found);
      }
      return found;
    },
  };
}
