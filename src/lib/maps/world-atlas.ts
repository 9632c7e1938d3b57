/**
 * Natural Earth's land and countries (world-atlas), read once per build, each
 * country split into polygons with their own bounds.
 */
import { createRequire } from 'node:module';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CutShape } from './antimeridian-cut';
import type { Bounds } from './bounds';
import type { Containment } from './containment';

const require = createRequire(import.meta.url);

export interface Shape<G extends Polygon | LineString> {
  geometry: G;
  bounds: Bounds;
  /** Made the first time a map shows the shape. */
  cut?: CutShape | undefined;
}
/** One polygon of a country (an island, a mainland) with its own bounds, so a map projects only the polygons in its frame. */
export interface CountryPolygon extends Shape<Polygon> {
  /** Made on first use, for the point-in-polygon test. */
  containment?: Containment | undefined;
}
export type CountryFeature = Feature<Geometry, { name: string }> & {
  bounds: Bounds;
  polygons: CountryPolygon[];
};
export type BorderLine = Shape<LineString>;

let world110: { land: Geometry | FeatureCollection } | undefined;
export type CountryLayer = { countries: CountryFeature[]; borders: BorderLine[] };
const countryLayers = new Map<'50m' | '110m', CountryLayer>();

export function land110(): { land: Geometry | FeatureCollection } {
  if (!world110) {
    const topology = require('world-atlas/land-110m.json') as Topology<{
      land: GeometryCollection;
    }>;
    world110 = { land: feature(topology, topology.objects.land) as unknown as FeatureCollection };
  }
  return world110;
}

/** Countries and the borders between them at a Natural Earth scale, read once per build. */
export function countries(scale: '50m' | '110m'): CountryLayer {
  let layer = countryLayers.get(scale);
  if (!layer) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(
      topology,
      topology.objects.countries,
    ) as unknown as FeatureCollection<Geometry, { name: string }>;
    layer = {
      countries: collection.features.map((country) =>
        Object.assign(country, {
          bounds: geoBounds(country),
          polygons: polygonsOf(country.geometry),
        }),
      ),
      // Borders between countries only (a !== b): coastlines come from the country fills.
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates.map(
        (coordinates) => ({
          geometry: { type: 'LineString', coordinates },
          bounds: lineBounds(coordinates as [number, number][]),
        }),
      ),
    };
    countryLayers.set(scale, layer);
  }
  return layer;
}

function polygonsOf(geometry: Geometry | null): CountryPolygon[] {
  const polygons: Position[][][] =
    geometry?.type === 'Polygon'
      ? [geometry.coordinates]
      : geometry?.type === 'MultiPolygon'
        ? geometry.coordinates
        : [];
  return polygons.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    // Spherical bounds: they take in the poleward bulge of long edges and a polygon around a pole.
    return { geometry: polygon, bounds: geoBounds(polygon) };
  });
}

function lineBounds(line: readonly [number, number][]): Bounds {
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  for (const [longitude, latitude] of line) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return [
    [west, south],
    [east, north],
  ];
}
