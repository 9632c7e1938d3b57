/**
 * Maps drawn at build time as SVG path data from Natural Earth (world-atlas),
 * so that pages ship no tiles, no script and nothing from another host.
 *
 * The world view uses the 1:110m land outline (small enough for an index page);
 * locator maps use 1:50m countries, cut to the map's frame before drawing, so a
 * page carries only the coastline and borders it shows. Coordinates are rounded
 * to a tenth of a pixel: finer detail is invisible and costs bytes.
 */
import { createRequire } from 'node:module';
import { geoBounds, geoContains, geoEqualEarth, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

export interface MapPoint {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

export interface MapDot<T extends MapPoint = MapPoint> {
  point: T;
  x: number;
  y: number;
  r: number;
}

const DIGITS = 1;

type CountryFeature = Feature<Geometry, { name: string }> & { bounds: [[number, number], [number, number]] };

let world110: { land: Geometry | FeatureCollection } | undefined;
type BorderLine = { coordinates: [number, number][]; bounds: [[number, number], [number, number]] };
type CountryLayer = { countries: CountryFeature[]; borders: BorderLine[] };
const countryLayers = new Map<'50m' | '110m', CountryLayer>();

function land110(): { land: Geometry | FeatureCollection } {
  if (!world110) {
    const topology = require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>;
    world110 = { land: feature(topology, topology.objects.land) as unknown as FeatureCollection };
  }
  return world110;
}

/** Countries and the borders between them at a Natural Earth scale, read once per build. */
function countries(scale: '50m' | '110m'): CountryLayer {
  let layer = countryLayers.get(scale);
  if (!layer) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    layer = {
      countries: collection.features.map((country) => Object.assign(country, { bounds: geoBounds(country) })),
      // Borders between countries only (a !== b): coastlines come from the country fills.
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates.map((line) => ({
        coordinates: line as [number, number][],
        bounds: lineBounds(line as [number, number][]),
      })),
    };
    countryLayers.set(scale, layer);
  }
  return layer;
}

/** Frames wider than this many degrees are drawn from the 1:110m data: 1:50m detail would not show. */
const DETAILED_SPAN = 20;

export interface WorldMap<T extends MapPoint> {
  width: number;
  height: number;
  land: string;
  dots: MapDot<T>[];
}

/** The world with a dot per place, its area proportional to `weight` (an article count). */
export function worldMap<T extends MapPoint>(points: readonly T[], weight: (point: T) => number, width = 800): WorldMap<T> {
  const height = Math.round(width * 0.487); // Equal Earth's aspect ratio
  const { land } = land110();
  const projection = geoEqualEarth().fitSize([width, height], { type: 'Sphere' });
  // Whole pixels: at this scale the 110m outline has nothing finer to show.
  const path = geoPath(projection).digits(0);
  const max = Math.max(1, ...points.map(weight));
  const dots: MapDot<T>[] = [];
  // Biggest first, so small dots are drawn on top and stay clickable.
  for (const point of [...points].sort((a, b) => weight(b) - weight(a))) {
    const xy = projection([point.longitude, point.latitude]);
    if (!xy) continue;
    dots.push({ point, x: round(xy[0]), y: round(xy[1]), r: round(2 + 10 * Math.sqrt(weight(point) / max)) });
  }
  return { width, height, land: path(land as GeoPermissibleObjects) ?? '', dots };
}

export type LocatorKind = 'country' | 'region' | 'city' | 'district' | 'other';

/** Degrees of longitude a locator map spans, by the kind of place it shows. */
const SPAN_BY_KIND: Record<LocatorKind, number> = { country: 40, region: 12, city: 6, district: 3, other: 6 };

export interface LocatorMap<T extends MapPoint> {
  width: number;
  height: number;
  /** Countries in the frame, the one holding the place marked. */
  countries: { name: string; d: string; home: boolean }[];
  borders: string;
  /** The place's dot; none for a country framed whole (its shading marks it). */
  place?: { x: number; y: number } | undefined;
  /** Places inside this one that fall within the frame. */
  inside: MapDot<T>[];
}

function boundsIntersect(a: [[number, number], [number, number]], b: [[number, number], [number, number]]): boolean {
  // geoBounds of a feature crossing the antimeridian has west > east; keep such features.
  if (a[0][0] > a[1][0] || b[0][0] > b[1][0]) return a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/**
 * A map centred on a place: a country is framed whole when it is compact enough,
 * anything else gets a fixed span around its point.
 */
export function locatorMap<T extends MapPoint>(place: MapPoint, kind: LocatorKind, inside: readonly T[], width = 640, height = 400): LocatorMap<T> {
  const detailed = countries('50m');
  const point: [number, number] = [place.longitude, place.latitude];
  // The point-in-polygon test is the costly part: try only countries whose box holds the point.
  const home = detailed.countries.find((country) => boundsIntersect(country.bounds, [point, point]) && geoContains(country, point));
  const projection = geoMercator().center(point).translate([width / 2, height / 2]);
  const homeSpan = home ? home.bounds[1][0] - home.bounds[0][0] : Infinity;
  // Countries spanning most of the globe (Russia, or France with its overseas
  // departments) would shrink to a sliver: those get the fixed span instead.
  const framedWhole = kind === 'country' && home !== undefined && homeSpan > 0 && homeSpan < 90;
  if (framedWhole) {
    projection.center([0, 0]).scale(1).translate([0, 0]).fitExtent([[20, 20], [width - 20, height - 20]], home);
  } else {
    projection.scale(width / ((SPAN_BY_KIND[kind] * Math.PI) / 180));
  }
  // No adaptive resampling: at these scales 1:50m vertices are close enough for straight lines.
  projection.clipExtent([[0, 0], [width, height]]).precision(0);

  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const frame: [[number, number], [number, number]] = [[west, south], [east, north]];
  const path = geoPath(projection).digits(DIGITS);
  const { countries: shapes, borders } = Math.abs(east - west) > DETAILED_SPAN ? countries('110m') : detailed;
  // Feature ids (ISO 3166-1 numeric) are the same at every scale.
  const isHome = (country: CountryFeature) => home !== undefined && (country === home || (country.id !== undefined && country.id === home.id));
  const drawn = shapes
    .filter((country) => isHome(country) || boundsIntersect(country.bounds, frame))
    .map((country) => ({ name: country.properties.name, d: path(country) ?? '', home: isHome(country) }))
    .filter((country) => country.d !== '');

  const dots: MapDot<T>[] = [];
  for (const child of inside) {
    const xy = projection([child.longitude, child.latitude]);
    if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height) continue;
    dots.push({ point: child, x: round(xy[0]), y: round(xy[1]), r: 3 });
  }
  const xy = projection(point) ?? [width / 2, height / 2];
  const bordersInFrame = borders.filter((line) => boundsIntersect(line.bounds, frame)).map((line) => line.coordinates);
  const bordersPath = bordersInFrame.length > 0 ? path({ type: 'MultiLineString', coordinates: bordersInFrame }) ?? '' : '';
  const dot = framedWhole ? undefined : { x: round(xy[0]), y: round(xy[1]) };
  return { width, height, countries: drawn, borders: bordersPath, place: dot, inside: dots };
}

function lineBounds(line: readonly [number, number][]): [[number, number], [number, number]] {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const [longitude, latitude] of line) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return [[west, south], [east, north]];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
