import { describe, expect, it } from 'vitest';
import { placesByLocation } from '../../../../src/lib/maps/neighbours';
import type { ContextPoint, LocatorKind } from '../../../../src/lib/maps/maps';

type Point = ContextPoint & { kind: LocatorKind };

const place = (
  id: string,
  latitude: number,
  longitude: number,
  kind: LocatorKind = 'city',
  count = 1,
): Point => ({ id, name: id[0]!.toUpperCase() + id.slice(1), latitude, longitude, kind, count });

describe('places by location', () => {
  it('finds the same points as a scan, across the antimeridian too', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const points = Array.from({ length: 2000 }, (_, i) =>
      place(`p${i}`, random() * 170 - 85, random() * 360 - 180),
    );
    const index = placesByLocation(points);
    const frames: [number, number, number, number][] = [
      [110, 26, 116, 30],
      [-10, 35, 30, 60],
      [170, -30, -170, 0],
      [-180, -90, 180, 90],
    ];
    for (const [west, south, east, north] of frames) {
      const inLongitude = (lon: number) =>
        west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
      const scanned = points
        .filter((p) => inLongitude(p.longitude) && p.latitude >= south && p.latitude <= north)
        .map((p) => p.id)
        .sort();
      expect(
        index
          .within(west, south, east, north)
          .map((p) => p.id)
          .sort(),
        `${west},${south},${east},${north}`,
      ).toEqual(scanned);
    }
  });
});
