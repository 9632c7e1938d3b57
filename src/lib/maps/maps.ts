/**
 * Maps drawn at build time as SVG path data from Natural Earth (world-atlas),
 * so that pages ship no tiles, no script and nothing from another host.
 *
 * The world view uses the 1:110m land outline (small enough for an index page);
 * locator maps use 1:50m countries, cut to the map's frame before drawing, so a
 * page carries only the coastline and borders it shows. Coordinates are rounded
 * to a tenth of a pixel: finer detail is invisible and costs bytes.
 *
 * A build draws a locator map for every place page, so the work that does not
 * depend on the frame is done once per shape (d3's antimeridian cut, the
 * constant half of its point-in-polygon test), and a map projects only the
 * polygons whose bounds meet its frame, without the runs of vertices beyond
 * one side of it. The path data stays exactly what d3 draws from the whole
 * countries (tests/unit/maps.test.ts compares the two).
 */
import { createRequire } from 'node:module';
import { geoBounds, geoClipAntimeridian, geoContains, geoEqualEarth, geoMercator, geoPath, geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { layOutLabels, type Box, type TextPosition } from './labels';
import type { PlacesByLocation } from './neighbours';

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

const PI = Math.PI;
const HALF_PI = PI / 2;
const TAU = 2 * PI;
const RADIANS = PI / 180;
const EPSILON = 1e-6;

/** [[west, south], [east, north]] in degrees (or radians where said); west > east across the antimeridian. */
export type Bounds = [[number, number], [number, number]];

/**
 * A polygon or line as d3's antimeridian cut hands it on to the projection:
 * radians, split where it crosses the antimeridian, flattened to [λ, φ, λ, φ, …]
 * per line or ring. The cut does not depend on the map's scale or centre, so it
 * is made once per shape and replayed into every map that shows the shape.
 */
export interface CutShape {
  polygon: boolean;
  lines: CutLine[];
}
/**
 * `box`: the box of its vertices, in radians. `polar`: a vertex within 1° of a
 * pole (those project far off or to infinity; such a line is never thinned).
 */
export type CutLine = { coordinates: number[]; box: Bounds; polar: boolean };

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
/** d3's answer for the South Pole, and the rings in radians as d3 tests them (closing vertex dropped). */
export type Containment = { southPoleInside: boolean; rings: Float64Array[] };
export type CountryFeature = Feature<Geometry, { name: string }> & { bounds: Bounds; polygons: CountryPolygon[] };
type BorderLine = Shape<LineString>;

let world110: { land: Geometry | FeatureCollection } | undefined;
export type CountryLayer = { countries: CountryFeature[]; borders: BorderLine[] };
const countryLayers = new Map<'50m' | '110m', CountryLayer>();

function land110(): { land: Geometry | FeatureCollection } {
  if (!world110) {
    const topology = require('world-atlas/land-110m.json') as Topology<{ land: GeometryCollection }>;
    world110 = { land: feature(topology, topology.objects.land) as unknown as FeatureCollection };
  }
  return world110;
}

/** Countries and the borders between them at a Natural Earth scale, read once per build. */
export function countries(scale: '50m' | '110m'): CountryLayer {
  let layer = countryLayers.get(scale);
  if (!layer) {
    const topology = require(`world-atlas/countries-${scale}.json`) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
    layer = {
      countries: collection.features.map((country) => Object.assign(country, { bounds: geoBounds(country), polygons: polygonsOf(country.geometry) })),
      // Borders between countries only (a !== b): coastlines come from the country fills.
      borders: mesh(topology, topology.objects.countries, (a, b) => a !== b).coordinates.map((coordinates) => ({
        geometry: { type: 'LineString', coordinates },
        bounds: lineBounds(coordinates as [number, number][]),
      })),
    };
    countryLayers.set(scale, layer);
  }
  return layer;
}

function polygonsOf(geometry: Geometry | null): CountryPolygon[] {
  const polygons: Position[][][] = geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polygons.map((coordinates) => {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    // Spherical bounds: they take in the poleward bulge of long edges and a polygon around a pole.
    return { geometry: polygon, bounds: geoBounds(polygon) };
  });
}

function containmentOf(polygon: CountryPolygon): Containment {
  polygon.containment ??= {
    // At the pole no edge is below the point, so d3's test gives its verdict for the South Pole alone.
    southPoleInside: geoContains(polygon.geometry, [0, -90]),
    rings: polygon.geometry.coordinates.map((ring) => {
      const radians = new Float64Array(2 * (ring.length - 1));
      for (let i = 0; i < ring.length - 1; i++) {
        radians[2 * i] = ring[i]![0]! * RADIANS;
        radians[2 * i + 1] = ring[i]![1]! * RADIANS;
      }
      return radians;
    }),
  };
  return polygon.containment;
}

function lineBounds(line: readonly [number, number][]): Bounds {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  for (const [longitude, latitude] of line) {
    west = Math.min(west, longitude);
    east = Math.max(east, longitude);
    south = Math.min(south, latitude);
    north = Math.max(north, latitude);
  }
  return [[west, south], [east, north]];
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
  /** The part of the world shown, in degrees ([[west, south], [east, north]]). */
  frame: Bounds;
  /** The country holding the place, when it is on land. */
  home?: { name: string } | undefined;
  /** Countries in the frame, the one holding the place marked. */
  countries: { name: string; d: string; home: boolean }[];
  borders: string;
  /** The place's dot and where its name goes; no dot for a country framed whole (its shading marks it). */
  place?: { x: number; y: number; label: TextPosition } | undefined;
  /** Places inside this one that fall within the frame, named where there is room. */
  inside: (MapDot<T> & { label?: TextPosition | undefined })[];
  /** Names of countries, placed on their visible part. */
  countryNames: (TextPosition & { text: string; home: boolean })[];
  /** A few other places of the archive in the frame, for context: a region by its name alone, others by a dot and name. */
  nearby: (MapDot<T> & { label: TextPosition; region: boolean })[];
}

/** A place that can be shown for context: how many stories it has, and what kind of place it is. */
export interface ContextPoint extends MapPoint {
  count: number;
  kind?: LocatorKind | undefined;
}

export interface LocatorOptions<T extends MapPoint> {
  width?: number;
  height?: number;
  /** The archive's places, for context dots. */
  nearby?: PlacesByLocation<T & ContextPoint> | undefined;
  /** Pixels kept free of dots and labels, given the frame (where an inset will be drawn over the map). */
  reserve?: ((frame: Bounds) => Box | undefined) | undefined;
}

/** Candidate context places looked at per map, the most-covered first. */
const CONTEXT_CANDIDATES = 40;

/** Whether two longitude ranges overlap; a range with west > east crosses the antimeridian. */
function longitudesOverlap(west0: number, east0: number, west1: number, east1: number): boolean {
  if (west0 > east0) return longitudesOverlap(west0, 180, west1, east1) || longitudesOverlap(-180, east0, west1, east1);
  if (west1 > east1) return longitudesOverlap(west0, east0, west1, 180) || longitudesOverlap(west0, east0, -180, east1);
  return west0 <= east1 && west1 <= east0;
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  // geoBounds of a feature crossing the antimeridian has west > east: it spans [west, 180] and [-180, east].
  return a[0][1] <= b[1][1] && b[0][1] <= a[1][1] && longitudesOverlap(a[0][0], a[1][0], b[0][0], b[1][0]);
}

/** d3-geo's normalisation of a longitude in radians to [-π, π]. */
function longitude(lambda: number): number {
  return Math.abs(lambda) <= PI ? lambda : Math.sign(lambda) * ((Math.abs(lambda) + PI) % TAU - PI);
}

function cartesian(lambda: number, phi: number): [number, number, number] {
  const cosPhi = Math.cos(phi);
  return [cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)];
}

function cartesianCross(a: readonly number[], b: readonly number[]): [number, number, number] {
  return [a[1]! * b[2]! - a[2]! * b[1]!, a[2]! * b[0]! - a[0]! * b[2]!, a[0]! * b[1]! - a[1]! * b[0]!];
}

function cartesianNormalizeInPlace(d: [number, number, number]): void {
  const l = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
  d[0] /= l;
  d[1] /= l;
  d[2] /= l;
}

/**
 * geoContains for one polygon, with d3-geo's arithmetic (polygonContains,
 * ISC licence) step for step, so the answer is d3's, but its cost cut: d3 sums
 * the polygon's winding around the South Pole with trigonometry at every
 * vertex for every point; that part does not depend on the point and is
 * computed once (`southPoleInside`), leaving a scan for the edges that cross
 * the point's meridian.
 */
function polygonContains(polygon: CountryPolygon, point: readonly [number, number]): boolean {
  const lambda = longitude(point[0] * RADIANS);
  let phi = point[1] * RADIANS;
  const sinPhi = Math.sin(phi);
  const normal = [Math.sin(lambda), -Math.cos(lambda), 0];
  let winding = 0;
  if (sinPhi === 1) phi = HALF_PI + EPSILON;
  else if (sinPhi === -1) phi = -HALF_PI - EPSILON;
  const { southPoleInside, rings } = containmentOf(polygon);
  for (const ring of rings) {
    const m = ring.length / 2;
    if (!m) continue;
    let raw0 = ring[2 * m - 2]!;
    let phi0 = ring[2 * m - 1]!;
    let lambda0 = longitude(raw0);
    for (let j = 0; j < m; ++j) {
      const raw1 = ring[2 * j]!;
      const phi1 = ring[2 * j + 1]!;
      const lambda1 = longitude(raw1);
      const delta = lambda1 - lambda0;
      const antimeridian = (delta >= 0 ? delta : -delta) > PI;
      // Are the longitudes either side of the point's meridian?
      if ((antimeridian !== lambda0 >= lambda) !== lambda1 >= lambda) {
        const arc = cartesianCross(cartesian(raw0, phi0), cartesian(raw1, phi1));
        cartesianNormalizeInPlace(arc);
        const intersection = cartesianCross(normal, arc);
        cartesianNormalizeInPlace(intersection);
        const z = intersection[2];
        const phiArc = (antimeridian !== delta >= 0 ? -1 : 1) * (z > 1 ? HALF_PI : z < -1 ? -HALF_PI : Math.asin(z));
        if (phi > phiArc || (phi === phiArc && (arc[0] || arc[1]))) winding += antimeridian !== delta >= 0 ? 1 : -1;
      }
      raw0 = raw1;
      phi0 = phi1;
      lambda0 = lambda1;
    }
  }
  return southPoleInside !== ((winding & 1) === 1);
}

/**
 * The country holding a point: the first whose polygons' boxes hold it and whose
 * polygon then holds it by d3's test (what geoContains on the country answers).
 */
function countryAt(shapes: readonly CountryFeature[], point: [number, number]): CountryFeature | undefined {
  return homeAt(shapes, point)?.country;
}

/** The country holding a point (1:50m unless `shapes` are given) and the one polygon of it that does: a mainland, an island. */
export function homeAt(shapes: readonly CountryFeature[] | undefined, point: [number, number]): { country: CountryFeature; polygon: CountryPolygon } | undefined {
  const at: Bounds = [point, point];
  // A hair wider for the polygons, so that rounding in their bounds never hides one holding the point.
  const near: Bounds = [[point[0] - FRAME_MARGIN, point[1] - FRAME_MARGIN], [point[0] + FRAME_MARGIN, point[1] + FRAME_MARGIN]];
  for (const country of shapes ?? countries('50m').countries) {
    if (!boundsIntersect(country.bounds, at)) continue;
    const polygon = country.polygons.find((polygon) => boundsIntersect(polygon.bounds, near) && polygonContains(polygon, point));
    if (polygon) return { country, polygon };
  }
  return undefined;
}

/** Where d3's antimeridian cut writes while a shape is being cut. */
let cutting: CutShape | undefined;
let cuttingLine: number[] | undefined;
const cutRecorder: GeoStream = {
  point(x, y) {
    if (!cuttingLine) throw new Error('maps: a point outside a line while cutting a shape');
    cuttingLine.push(x, y);
  },
  lineStart() {
    cuttingLine = [];
    cutting!.lines.push({ coordinates: cuttingLine, box: [[0, 0], [0, 0]], polar: false });
  },
  lineEnd() {
    cuttingLine = undefined;
  },
  polygonStart() {
    cutting!.polygon = true;
  },
  polygonEnd() {},
  sphere() {
    throw new Error('maps: a sphere while cutting a shape');
  },
};
/**
 * A Mercator projection whose antimeridian cut (its first stage after degrees
 * to radians and rotation, none here) writes to cutRecorder, not to the rest of
 * the projection: what it records is what every map's projection would get.
 */
const cutter = geoMercator().preclip(() => geoClipAntimeridian(cutRecorder));

function cutOf(shape: Shape<Polygon | LineString>): CutShape {
  if (!shape.cut) {
    cutting = { polygon: false, lines: [] };
    geoStream(shape.geometry, cutter.stream(cutRecorder));
    for (const line of cutting.lines) {
      let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
      const coordinates = line.coordinates;
      for (let i = 0; i < coordinates.length; i += 2) {
        west = Math.min(west, coordinates[i]!);
        east = Math.max(east, coordinates[i]!);
        south = Math.min(south, coordinates[i + 1]!);
        north = Math.max(north, coordinates[i + 1]!);
      }
      line.box = [[west, south], [east, north]];
      line.polar = Math.max(-south, north) > 89 * RADIANS;
    }
    shape.cut = cutting;
    cutting = undefined;
  }
  return shape.cut;
}

/** Degrees added around a frame before testing against it, so that rounding at its edges drops nothing drawn. */
const FRAME_MARGIN = 1e-6;

/** Sides of a frame a vertex lies beyond (bits), for dropping vertices that cannot show. */
const WEST = 1, EAST = 2, NORTH = 4, SOUTH = 8;

/**
 * A cut line or ring ([λ, φ, …] in radians) without the vertices that cannot
 * change the map: inside a run of vertices all beyond the same side of the
 * frame (all west of it, say), only the run's first and last are kept. The edges
 * dropped and the one edge that replaces them lie beyond that side, so clipping
 * to the frame gives the same path: the same crossings of the frame, and the
 * same answer to whether the frame's corner is inside the polygon. Projected
 * edges are straight (no resampling) and Mercator keeps west, east, north and
 * south, so "beyond the side" holds on the map as it does in degrees. The first
 * and last vertex always stay (d3 starts a ring at its first and closes it from
 * its last).
 */
function thin(line: readonly number[], frame: Bounds): readonly number[] {
  const n = line.length / 2;
  if (n < 4) return line;
  const [[west, south], [east, north]] = frame;
  const sides = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = line[2 * i]!, phi = line[2 * i + 1]!;
    sides[i] = (lambda < west ? WEST : lambda > east ? EAST : 0) | (phi > north ? NORTH : phi < south ? SOUTH : 0);
  }
  const kept = [line[0]!, line[1]!];
  let pending = 1;
  // Sides shared by every vertex from the last one kept to `pending`.
  let shared = sides[0]! & sides[1]!;
  for (let i = 2; i < n; i++) {
    if ((shared & sides[i]!) === 0) {
      kept.push(line[2 * pending]!, line[2 * pending + 1]!);
      shared = sides[pending]!;
    }
    shared &= sides[i]!;
    pending = i;
  }
  kept.push(line[2 * pending]!, line[2 * pending + 1]!);
  return kept;
}

/** Whether a box lies inside a frame (then no vertex can be dropped). */
function within(box: Bounds, frame: Bounds): boolean {
  return frame[0][0] <= box[0][0] && box[1][0] <= frame[1][0] && frame[0][1] <= box[0][1] && box[1][1] <= frame[1][1];
}

/** An empty polygon: drawing it sets off the replay of the shape being drawn (see locatorMap). */
const REPLAY: Polygon = { type: 'Polygon', coordinates: [] };

/**
 * A stream to put in a projection in place of d3's antimeridian cut (preclip):
 * when the REPLAY polygon is drawn, it streams the recorded cuts of `shapes()`
 * into the rest of the projection (projection, clipping to the frame), thinned
 * to `thinFrame` when there is one.
 */
function replayer(sink: GeoStream, shapes: () => readonly CutShape[], thinFrame: Bounds | undefined): GeoStream {
  return {
    polygonStart() {
      for (const shape of shapes()) {
        if (shape.polygon) sink.polygonStart();
        for (const line of shape.lines) {
          const coordinates = thinFrame && !line.polar && !within(line.box, thinFrame) ? thin(line.coordinates, thinFrame) : line.coordinates;
          sink.lineStart();
          for (let i = 0; i < coordinates.length; i += 2) sink.point(coordinates[i]!, coordinates[i + 1]!);
          sink.lineEnd();
        }
        if (shape.polygon) sink.polygonEnd();
      }
    },
    polygonEnd() {},
    lineStart() {},
    lineEnd() {},
    point() {},
    sphere() {},
  };
}

/**
 * A map centred on a place: a country is framed whole when it is compact enough,
 * anything else gets a fixed span around its point.
 */
export function locatorMap<T extends MapPoint>(place: MapPoint, kind: LocatorKind, inside: readonly T[], options: LocatorOptions<T> = {}): LocatorMap<T> {
  const { width = 640, height = 400 } = options;
  const detailed = countries('50m');
  const point: [number, number] = [place.longitude, place.latitude];
  const home = countryAt(detailed.countries, point);
  const projection = geoMercator().center(point).translate([width / 2, height / 2]);
  const homeSpan = home ? home.bounds[1][0] - home.bounds[0][0] : Infinity;
  // Countries spanning most of the globe (Russia, or France with its overseas
  // departments) would shrink to a sliver: those get the fixed span instead.
  const framedWhole = kind === 'country' && home !== undefined && homeSpan > 0 && homeSpan < 90;
  if (framedWhole) {
    // fitExtent(extent, home), from the home's recorded cut: the same points reach the same bounds, so the same scale and translation.
    const cuts = home.polygons.map(cutOf);
    const fitted = geoMercator()
      .preclip((sink) => replayer(sink, () => cuts, undefined))
      .center([0, 0])
      .fitExtent([[20, 20], [width - 20, height - 20]], REPLAY);
    projection.center([0, 0]).scale(fitted.scale()).translate(fitted.translate());
  } else {
    projection.scale(width / ((SPAN_BY_KIND[kind] * Math.PI) / 180));
  }
  // No adaptive resampling: at these scales 1:50m vertices are close enough for straight lines.
  projection.clipExtent([[0, 0], [width, height]]).precision(0);

  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  const frame: Bounds = [[west - FRAME_MARGIN, south - FRAME_MARGIN], [east + FRAME_MARGIN, north + FRAME_MARGIN]];
  // Thinning needs west and east in order; a frame across the antimeridian is drawn whole.
  const thinFrame: Bounds | undefined = west < east ? [[frame[0][0] * RADIANS, frame[0][1] * RADIANS], [frame[1][0] * RADIANS, frame[1][1] * RADIANS]] : undefined;

  // Shapes are drawn one by one (d3 keeps no state from one polygon or line to
  // the next, so the path data is the same as for them all at once), each from
  // its recorded cut, replayed into the same projection in place of the cut.
  let shape: CutShape | undefined;
  const replaying = geoMercator()
    .preclip((sink) => replayer(sink, () => [shape!], thinFrame))
    .center(framedWhole ? [0, 0] : point)
    .scale(projection.scale())
    .translate(projection.translate())
    .clipExtent([[0, 0], [width, height]])
    .precision(0);
  const path = geoPath(replaying).digits(DIGITS);
  // A polygon or line whose bounds miss the frame draws nothing in it (without
  // resampling, a projected edge stays within its ends' box): it is skipped.
  const draw = (item: Shape<Polygon | LineString>) => {
    if (!boundsIntersect(item.bounds, frame)) return '';
    shape = cutOf(item);
    return path(REPLAY) ?? '';
  };

  const { countries: shapes, borders } = Math.abs(east - west) > DETAILED_SPAN ? countries('110m') : detailed;
  // Feature ids (ISO 3166-1 numeric) are the same at every scale.
  const isHome = (country: CountryFeature) => home !== undefined && (country === home || (country.id !== undefined && country.id === home.id));
  const drawn: LocatorMap<T>['countries'] = [];
  for (const country of shapes) {
    if (!boundsIntersect(country.bounds, frame)) continue;
    const d = country.polygons.map(draw).join('');
    if (d !== '') drawn.push({ name: country.properties.name, d, home: isHome(country) });
  }

  const inFrame = (xy: [number, number] | null): xy is [number, number] => xy !== null && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
  const dots: MapDot<T>[] = [];
  for (const child of inside) {
    const xy = projection([child.longitude, child.latitude]);
    if (!inFrame(xy)) continue;
    dots.push({ point: child, x: round(xy[0]), y: round(xy[1]), r: 3 });
  }
  const xy = projection(point) ?? [width / 2, height / 2];
  const dot = framedWhole ? undefined : { x: round(xy[0]), y: round(xy[1]) };

  const context = contextPlaces(options.nearby, [[west, south], [east, north]], new Set([place.id, ...inside.map((child) => child.id)]))
    .map((candidate) => ({ point: candidate, xy: projection([candidate.longitude, candidate.latitude]) }))
    .filter((candidate): candidate is { point: T & ContextPoint; xy: [number, number] } => inFrame(candidate.xy))
    .map(({ point, xy }) => ({ point, x: round(xy[0]), y: round(xy[1]), name: point.name, region: point.kind === 'region' }));
  const layout = layOutLabels({
    width,
    height,
    reserved: [options.reserve?.([[west, south], [east, north]])].filter((box) => box !== undefined),
    place: dot && { ...dot, name: place.name },
    inside: dots.map((child) => ({ x: child.x, y: child.y, name: child.point.name })),
    // A place that is a country of its own in Natural Earth (Hong Kong) is named once, by its dot.
    countries: dot ? drawn.filter((country) => !(country.home && country.name.toLowerCase() === place.name.toLowerCase())) : drawn,
    context,
  });
  return {
    width,
    height,
    frame: [[west, south], [east, north]],
    home: home && { name: home.properties.name },
    countries: drawn,
    borders: borders.map(draw).join(''),
    place: dot && layout.place && { ...dot, label: layout.place },
    inside: dots.map((child, i) => ({ ...child, label: layout.inside[i] })),
    countryNames: layout.countries,
    nearby: layout.context.map(({ index, label }) => {
      const { point, x, y, region } = context[index]!;
      return { point, x, y, r: 3, label, region };
    }),
  };
}

/**
 * The archive's places in a frame that may give it context, most stories
 * first: not the place itself or those inside it (drawn anyway), not
 * countries (named from Natural Earth's outlines instead).
 */
function contextPlaces<T extends MapPoint>(nearby: PlacesByLocation<T & ContextPoint> | undefined, frame: Bounds, exclude: ReadonlySet<string>): (T & ContextPoint)[] {
  if (!nearby) return [];
  const [[west, south], [east, north]] = frame;
  // A frame centred near the antimeridian reaches past ±180°; the index wants it wrapped (west > east).
  const wrap = (longitude: number) => (longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude);
  return nearby
    .within(wrap(west), south, wrap(east), north)
    .filter((candidate) => !exclude.has(candidate.id) && candidate.kind !== 'country')
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, CONTEXT_CANDIDATES);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
