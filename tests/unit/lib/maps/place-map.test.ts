/**
 * Place maps that locate: the country's name, context places, an inset of the
 * wider area for a small frame, and labels that overlap nothing.
 */
import { describe, expect, it } from 'vitest';
import { labelBox, overlaps, type Box } from '../../../../src/lib/maps/labels';
import { placesByLocation } from '../../../../src/lib/maps/neighbours';
import type { ContextPoint, LocatorKind } from '../../../../src/lib/maps/maps';
import { placeMap, placeMapContext } from '../../../../src/lib/maps/place-map';

type Point = ContextPoint & { kind: LocatorKind };

const place = (
  id: string,
  latitude: number,
  longitude: number,
  kind: LocatorKind = 'city',
  count = 1,
): Point => ({ id, name: id[0]!.toUpperCase() + id.slice(1), latitude, longitude, kind, count });

const changsha = place('changsha', 28.19874, 112.97087);

const archive = [
  changsha,
  place('zhuzhou', 27.83333, 113.15, 'city', 3),
  place('xiangtan', 27.83, 112.94, 'city', 2),
  place('hunan', 27.6, 111.7, 'region', 5),
  place('china', 35, 103, 'country', 9),
  place('wuhan', 30.59, 114.3, 'city', 4), // north of Changsha's frame
  place('paris', 48.86, 2.35, 'city', 7),
];

const nearby = placesByLocation(archive);

describe('place maps', () => {
  const map = placeMap(changsha, 'city', [], nearby);

  it('is the same drawn from the context places chosen beforehand (what a page’s cache key covers)', () => {
    const inside = [place('zhuzhou', 27.83333, 113.15, 'city', 3)];
    for (const [at, kind] of [
      [changsha, 'city'],
      [place('hunan', 27.6, 111.7, 'region', 5), 'region'],
      [place('china', 35, 103, 'country', 9), 'country'],
    ] as const) {
      const context = placeMapContext(at, kind, inside, nearby);
      expect(context.length).toBeGreaterThan(0);
      expect(placeMap(at, kind, inside, { context })).toEqual(placeMap(at, kind, inside, nearby));
    }
  });

  it('names the country a city is in, on the map', () => {
    expect(map.home?.name).toBe('China');
    expect(map.countryNames).toContainEqual(expect.objectContaining({ text: 'China', home: true }));
  });

  it('shows the archive’s other places in the frame for context, regions by name alone, not the place, countries or places outside', () => {
    const ids = map.nearby.map((dot) => dot.point.id);
    expect(ids).toContain('zhuzhou');
    expect(ids).toContain('hunan');
    expect(ids).not.toContain('changsha');
    expect(ids).not.toContain('china');
    expect(ids).not.toContain('wuhan');
    expect(ids).not.toContain('paris');
    expect(map.nearby.find((dot) => dot.point.id === 'hunan')?.region).toBe(true);
  });

  it('sets no label over another, over the inset or off the map', () => {
    const boxes: [string, Box][] = [
      [
        'place',
        labelBox('Changsha', map.place!.label.x, map.place!.label.y, map.place!.label.anchor),
      ],
      ...map.nearby.map(
        (dot) =>
          [
            dot.point.name,
            labelBox(dot.point.name, dot.label.x, dot.label.y, dot.label.anchor),
          ] as [string, Box],
      ),
      ...map.countryNames.map(
        (label) =>
          [label.text, labelBox(label.text, label.x, label.y, label.anchor, 1.25)] as [string, Box],
      ),
    ];
    boxes.forEach(([name, box], i) => {
      expect(box.x0 >= 0 && box.x1 <= map.width && box.y0 >= 0 && box.y1 <= map.height, name).toBe(
        true,
      );
      expect(overlaps(box, map.inset!.box), `${name} over the inset`).toBe(false);
      for (const [other, next] of boxes.slice(i + 1))
        expect(overlaps(box, next), `${name} over ${other}`).toBe(false);
    });
  });

  it('insets a small frame in the wider area: the home country shaded, the frame marked where the place is', () => {
    const inset = map.inset!;
    expect(inset.countries.filter((shape) => shape.home)).toHaveLength(1);
    expect(inset.countries.length).toBeGreaterThan(5); // China's neighbours
    const { x0, y0, x1, y1 } = inset.mark;
    expect(x1 - x0).toBeGreaterThanOrEqual(6);
    expect(x1 - x0).toBeLessThan(inset.width / 3);
    // Changsha is in the south-east of China: right of the middle, below it.
    expect((x0 + x1) / 2).toBeGreaterThan(inset.width / 2);
    expect((y0 + y1) / 2).toBeGreaterThan(inset.height / 2);
  });

  it('draws the inset of a land mass once per build, shared by its places', () => {
    const other = placeMap(place('beijing', 39.9, 116.4), 'city', [], nearby);
    expect(other.inset!.countries).toBe(map.inset!.countries);
    expect(other.inset!.mark).not.toEqual(map.inset!.mark);
  });

  it('gives a large country framed whole no inset, and a small one an inset with its neighbours', () => {
    expect(
      placeMap(place('china', 35, 103, 'country'), 'country', [], nearby).inset,
    ).toBeUndefined();
    const swiss = placeMap(place('switzerland', 46.8, 8.2, 'country'), 'country', []);
    expect(swiss.inset?.countries.length).toBeGreaterThan(5);
    expect(swiss.countryNames.map((label) => label.text)).toEqual(
      expect.arrayContaining(['Switzerland']),
    );
  });

  it('names a place that Natural Earth draws as a country of its own (Hong Kong) once, by its dot, and the country beside it', () => {
    const hongKong = placeMap(
      { ...place('hong-kong', 22.28, 114.17, 'region'), name: 'Hong Kong' },
      'region',
      [],
      nearby,
    );
    expect(hongKong.home?.name).toBe('Hong Kong');
    const names = hongKong.countryNames.map((label) => label.text);
    expect(names).not.toContain('Hong Kong');
    expect(names).toContain('China');
  });

  it('insets a city on an island across the antimeridian (Fiji) and one of a country spread over the globe (Moscow)', () => {
    for (const [city, country] of [
      [place('labasa', -16.43, 179.36), 'Fiji'],
      [place('moscow', 55.75, 37.62), 'Russia'],
    ] as const) {
      const drawn = placeMap(city, 'city', []);
      expect(drawn.home?.name).toBe(country);
      expect(drawn.inset?.countries.some((shape) => shape.home)).toBe(true);
      const { x0, x1 } = drawn.inset!.mark;
      expect(x0).toBeGreaterThan(0);
      expect(x1).toBeLessThan(drawn.inset!.width);
    }
  });
});
