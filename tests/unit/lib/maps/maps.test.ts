import { createRequire } from 'node:module';
import { geoBounds, geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import {
  locatorMap,
  type LocatorKind,
  type MapPoint,
  worldMap,
} from '../../../../src/lib/maps/maps';

const require = createRequire(import.meta.url);

type Bounds = [[number, number], [number, number]];

type Country = Feature<Geometry, { name: string }> & { bounds: Bounds };

/** Countries and borders as plain d3 sees them: whole features, one MultiLineString of borders. */
function layer(scale: '50m' | '110m') {
  const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<
    Geometry,
    { name: string }
  >;
  return {
    countries: collection.features.map((country) =>
      Object.assign(country, { bounds: geoBounds(country) as Bounds }),
    ),
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates,
  };
}

const layers = { '50m': layer('50m'), '110m': layer('110m') };

/** The country holding a point by d3's geoContains, tried on countries whose box may hold it (a box across the antimeridian, west > east, by latitude alone). */
function plainHome(point: [number, number]): Country | undefined {
  const [longitude, latitude] = point;
  return layers['50m'].countries.find((country) => {
    const [[west, south], [east, north]] = country.bounds;
    const inBox =
      south <= latitude &&
      latitude <= north &&
      (west > east || (west <= longitude && longitude <= east));
    return inBox && geoContains(country, point);
  });
}

/**
 * The locator map drawn the plain way (the implementation before it was made
 * fast): the home country by geoContains, then every country and all borders
 * drawn whole through d3's full pipeline. The fast version must give the same
 * path data.
 */
function plainLocatorMap(place: MapPoint, kind: LocatorKind, width = 640, height = 400) {
  const span = { country: 40, region: 12, city: 6, district: 3, island: 6, lake: 6, other: 6 }[
    kind
  ];
  const point: [number, number] = [place.longitude, place.latitude];
  const home = plainHome(point);
  const projection = geoMercator()
    .center(point)
    .translate([width / 2, height / 2]);
  const homeSpan = home ? home.bounds[1][0] - home.bounds[0][0] : Infinity;
  const framedWhole = kind === 'country' && home !== undefined && homeSpan > 0 && homeSpan < 90;
  if (framedWhole)
    projection
      .center([0, 0])
      .scale(1)
      .translate([0, 0])
      .fitExtent(
        [
          [20, 20],
          [width - 20, height - 20],
        ],
        home,
      );
  else projection.scale(width / ((span * Math.PI) / 180));
  projection
    .clipExtent([
      [0, 0],
      [width, height],
    ])
    .precision(0);
  const [west] = projection.invert!([0, 0])!;
  const [east] = projection.invert!([width, height])!;
  const { countries, borders } = Math.abs(east - west) > 20 ? layers['110m'] : layers['50m'];
  const path = geoPath(projection).digits(1);
  const isHome = (country: Country) =>
    home !== undefined &&
    (country === home || (country.id !== undefined && country.id === home.id));
  return {
    countries: countries
      .map((country) => ({
        name: country.properties.name,
        d: path(country) ?? '',
        home: isHome(country),
      }))
      .filter((country) => country.d !== ''),
    borders: path({ type: 'MultiLineString', coordinates: borders }) ?? '',
  };
}

const at = (id: string, latitude: number, longitude: number): MapPoint => ({
  id,
  name: id,
  latitude,
  longitude,
});

// Points inside the 1:50m shapes (a coastal city's own coordinates may fall in the sea).
const labasa = at('labasa', -16.43, 179.36); // Fiji, whose shape has islands either side of 180°

const anadyr = at('anadyr', 64.9, 176.5); // Chukotka: Russia's mainland polygon crosses 180°

const wrangel = at('wrangel', 71.25, -179.5); // Wrangel Island, a Russian polygon crossing 180°

const chatham = at('chatham', -43.85, -176.5); // Chatham Islands, New Zealand

const geneva = at('geneva', 46.2, 6.14);

const detroit = at('detroit', 42.33, -83.05);

const ross = at('ross-island', -77.6, 167.5); // Antarctica, whose shape runs round the South Pole

describe('locator maps', () => {
  it.each<[MapPoint, LocatorKind]>([
    [labasa, 'city'],
    [labasa, 'country'],
    [anadyr, 'city'],
    [anadyr, 'region'],
    [wrangel, 'city'],
    [chatham, 'city'],
    [at('russia', 55.75, 37.62), 'country'],
    [at('chile', -33.45, -70.65), 'country'],
    [at('norway', 59.91, 10.75), 'country'],
    [at('greenland', 64.18, -51.72), 'country'],
    [at('germany', 52.52, 13.4), 'country'],
    [at('indonesia', -6.2, 106.85), 'region'],
    [at('ushuaia', -54.8, -68.3), 'region'],
    [at('longyearbyen', 78.22, 15.65), 'city'],
    [ross, 'city'],
    [ross, 'region'],
    [geneva, 'city'],
    [detroit, 'district'],
    [at('gulf-of-guinea', 0, 0), 'other'],
  ])(
    'draws the same path data as plain d3 for %o (%s)',
    (place, kind) => {
      const map = locatorMap(place, kind, []);
      const plain = plainLocatorMap(place, kind);
      expect(map.countries).toEqual(plain.countries);
      expect(map.borders).toBe(plain.borders);
    },
    30_000,
  ); // plain d3 takes a while on a busy machine

  it('finds the same home country as geoContains over whole countries', () => {
    for (let latitude = -82.5; latitude <= 82.5; latitude += 15) {
      for (let longitude = -177.5; longitude < 180; longitude += 15) {
        const plain = plainHome([longitude, latitude]);
        const home = locatorMap(at('grid', latitude, longitude), 'district', []).countries.find(
          (country) => country.home,
        );
        expect(home?.name, `${latitude}, ${longitude}`).toBe(plain?.properties.name);
      }
    }
  }, 30_000);

  it('shades the home country of a city near the antimeridian (Fiji, Russia, New Zealand)', () => {
    for (const [place, country] of [
      [labasa, 'Fiji'],
      [anadyr, 'Russia'],
      [wrangel, 'Russia'],
      [chatham, 'New Zealand'],
    ] as const) {
      const map = locatorMap(place, 'city', []);
      const home = map.countries.filter((drawn) => drawn.home);
      expect(home.map((drawn) => drawn.name)).toEqual([country]);
      expect(home[0]!.d.length).toBeGreaterThan(20);
      expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    }
  });

  it('frames Fiji, which straddles the antimeridian, around its point rather than whole', () => {
    const map = locatorMap(labasa, 'country', []);
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    expect(map.countries.find((country) => country.home)?.name).toBe('Fiji');
  });

  it('shows the neighbours of a place near a border, with the border between them', () => {
    const names = (place: MapPoint) =>
      locatorMap(place, 'city', []).countries.map(
        (country) => `${country.name}${country.home ? ' (home)' : ''}`,
      );
    expect(names(geneva)).toEqual(expect.arrayContaining(['Switzerland (home)', 'France']));
    expect(names(detroit)).toEqual(
      expect.arrayContaining(['United States of America (home)', 'Canada']),
    );
    expect(locatorMap(geneva, 'city', []).borders.length).toBeGreaterThan(100);
  });

  it('leaves out countries whose shapes miss the frame, even when their bounds meet it', () => {
    // Canada's box (41.7°N to 83°N, 141°W to 53°W) holds Chicago's frame, but no Canadian land is in it;
    // Russia's box crosses the antimeridian (west > east) and takes in Chicago's latitude, not its longitude.
    const names = locatorMap(at('chicago', 41.88, -87.63), 'city', []).countries.map(
      (country) => country.name,
    );
    expect(names).toEqual(['United States of America']);
  });

  it('draws Antarctica, whose shape runs round the South Pole', () => {
    const map = locatorMap(ross, 'city', []);
    const home = map.countries.find((country) => country.home);
    expect(home?.name).toBe('Antarctica');
    expect(home!.d.length).toBeGreaterThan(100);
  });

  it('finds no home in open sea and draws only what the frame holds', () => {
    const map = locatorMap(at('mid-pacific', 0, -150), 'city', []);
    expect(map.countries).toEqual([]);
    expect(map.borders).toBe('');
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
  });
});

describe('maps', () => {
  const changsha = { id: 'changsha', name: 'Changsha', latitude: 28.2, longitude: 112.97 };

  it('draws the world with a dot per place, the biggest count the biggest dot', () => {
    const points = [
      { ...changsha, count: 1 },
      { id: 'paris', name: 'Paris', latitude: 48.86, longitude: 2.35, count: 9 },
    ];
    const map = worldMap(points, (point) => point.count);
    expect(map.land.length).toBeGreaterThan(1000);
    expect(map.land.length).toBeLessThan(60_000);
    expect(map.dots.map((dot) => dot.point.id)).toEqual(['paris', 'changsha']);
    expect(map.dots[0]!.r).toBeGreaterThan(map.dots[1]!.r);
    // Paris is west of and north of Changsha.
    expect(map.dots[0]!.x).toBeLessThan(map.dots[1]!.x);
    expect(map.dots[0]!.y).toBeLessThan(map.dots[1]!.y);
  });

  it('centres a locator map on the place, marks its country and keeps only places in the frame', () => {
    const inside = [
      { id: 'zhuzhou', name: 'Zhuzhou', latitude: 27.83, longitude: 113.15, count: 1 },
      { id: 'paris', name: 'Paris', latitude: 48.86, longitude: 2.35, count: 1 },
    ];
    const map = locatorMap(changsha, 'city', inside);
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    expect(map.countries.find((country) => country.home)?.name).toBe('China');
    expect(map.inside.map((dot) => dot.point.id)).toEqual(['zhuzhou']);
    // Zhuzhou is south-east of Changsha.
    expect(map.inside[0]!.x).toBeGreaterThan(map.place!.x);
    expect(map.inside[0]!.y).toBeGreaterThan(map.place!.y);
  });

  it('frames a whole country and draws its neighbours and borders, small', () => {
    const map = locatorMap(
      { id: 'germany', name: 'Germany', latitude: 52.52, longitude: 13.4 },
      'country',
      [],
    );
    const names = map.countries.map((country) => country.name);
    expect(names).toContain('Germany');
    expect(names).toContain('Poland');
    expect(names).not.toContain('China');
    expect(map.borders.length).toBeGreaterThan(100);
    expect(map.place).toBeUndefined(); // the shaded country is the marker
    const bytes = map.countries.reduce(
      (sum, country) => sum + country.d.length,
      map.borders.length,
    );
    expect(bytes).toBeLessThan(60_000);
  });

  it('gives a country spread over the globe a fixed frame around its point', () => {
    // France's Natural Earth shape includes French Guiana and Réunion.
    const map = locatorMap(
      { id: 'france', name: 'France', latitude: 48.86, longitude: 2.35 },
      'country',
      [],
    );
    expect(map.place).toMatchObject({ x: map.width / 2, y: map.height / 2 });
    expect(map.countries.find((country) => country.home)?.name).toBe('France');
  });
});
