/**
 * The world map (1:110m land) and locator maps (1:50m countries cut to the
 * frame), drawn at build time as SVG path data: no tiles, no script, nothing from
 * another host. What does not depend on the frame is done once per shape
 * (antimeridian-cut.ts, containment.ts); the path data stays exactly what d3
 * draws from the whole countries (tests/unit/lib/maps/maps.test.ts compares the two).
 */
import { geoEqualEarth, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import { cutOf, REPLAY, replayer, type CutShape } from './antimeridian-cut';
import { boundsIntersect, FRAME_MARGIN, RADIANS, type Bounds } from './bounds';
import { countryAt } from './containment';
import { layOutLabels, type Box, type TextPosition } from './labels';
import type { PlacesByLocation } from './neighbours';
import { countries, land110, type CountryFeature, type Shape } from './world-atlas';

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

/** Frames wider than this many degrees are drawn from the 1:110m data: 1:50m detail would not show. */
const DETAILED_SPAN = 20;

export interface WorldMap<T extends MapPoint> {
  width: number;
  height: number;
  land: string;
  dots: MapDot<T>[];
}

/** The world with a dot per place, its area proportional to `weight` (an article count). */
export function worldMap<T extends MapPoint>(
  points: readonly T[],
  weight: (point: T) => number,
  width = 800,
): WorldMap<T> {
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
    dots.push({
      point,
      x: round(xy[0]),
      y: round(xy[1]),
      r: round(2 + 10 * Math.sqrt(weight(point) / max)),
    });
  }
  return { width, height, land: path(land as GeoPermissibleObjects) ?? '', dots };
}

export type LocatorKind = 'country' | 'region' | 'city' | 'district' | 'island' | 'lake' | 'other';

/** Degrees of longitude a locator map spans, by the kind of place it shows. */
const SPAN_BY_KIND: Record<LocatorKind, number> = {
  country: 40,
  region: 12,
  city: 6,
  district: 3,
  island: 6,
  lake: 6,
  other: 6,
};

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
  /** The context places already chosen from them (`locatorContext`), in place of `nearby`. */
  context?: readonly (T & ContextPoint)[] | undefined;
  /** Pixels kept free of dots and labels, given the frame (where an inset will be drawn over the map). */
  reserve?: ((frame: Bounds) => Box | undefined) | undefined;
}

/** Candidate context places looked at per map, the most-covered first. */
const CONTEXT_CANDIDATES = 40;

interface LocatorFrame {
  projection: ReturnType<typeof geoMercator>;
  point: [number, number];
  home: CountryFeature | undefined;
  framedWhole: boolean;
  detailed: ReturnType<typeof countries>;
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * Where a locator map looks: a country is framed whole when it is compact enough,
 * anything else gets a fixed span around its point.
 */
function locatorFrame(
  place: MapPoint,
  kind: LocatorKind,
  width: number,
  height: number,
): LocatorFrame {
  const detailed = countries('50m');
  const point: [number, number] = [place.longitude, place.latitude];
  const home = countryAt(detailed.countries, point);
  const projection = geoMercator()
    .center(point)
    .translate([width / 2, height / 2]);
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
      .fitExtent(
        [
          [20, 20],
          [width - 20, height - 20],
        ],
        REPLAY,
      );
    projection.center([0, 0]).scale(fitted.scale()).translate(fitted.translate());
  } else {
    projection.scale(width / ((SPAN_BY_KIND[kind] * Math.PI) / 180));
  }
  // No adaptive resampling: at these scales 1:50m vertices are close enough for straight lines.
  projection
    .clipExtent([
      [0, 0],
      [width, height],
    ])
    .precision(0);

  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([width, height])!;
  return { projection, point, home, framedWhole, detailed, west, south, east, north };
}

/**
 * The archive's places a locator map may show for context, as `locatorMap`
 * would choose them from `nearby`: found without drawing the map, so a build
 * can tell whether a page's map would change before drawing it.
 */
export function locatorContext<T extends MapPoint>(
  place: MapPoint,
  kind: LocatorKind,
  inside: readonly T[],
  nearby: PlacesByLocation<T & ContextPoint> | undefined,
  { width = 640, height = 400 }: { width?: number; height?: number } = {},
): (T & ContextPoint)[] {
  const { west, south, east, north } = locatorFrame(place, kind, width, height);
  return contextPlaces(
    nearby,
    [
      [west, south],
      [east, north],
    ],
    new Set([place.id, ...inside.map((child) => child.id)]),
  );
}

/** A map centred on a place, with the places inside it and others nearby for context. */
export function locatorMap<T extends MapPoint>(
  place: MapPoint,
  kind: LocatorKind,
  inside: readonly T[],
  options: LocatorOptions<T> = {},
): LocatorMap<T> {
  const { width = 640, height = 400 } = options;
  const { projection, point, home, framedWhole, detailed, west, south, east, north } = locatorFrame(
    place,
    kind,
    width,
    height,
  );
  const frame: Bounds = [
    [west - FRAME_MARGIN, south - FRAME_MARGIN],
    [east + FRAME_MARGIN, north + FRAME_MARGIN],
  ];
  // Thinning needs west and east in order; a frame across the antimeridian is drawn whole.
  const thinFrame: Bounds | undefined =
    west < east
      ? [
          [frame[0][0] * RADIANS, frame[0][1] * RADIANS],
          [frame[1][0] * RADIANS, frame[1][1] * RADIANS],
        ]
      : undefined;

  // Shapes are drawn one by one (d3 keeps no state from one polygon or line to
  // the next, so the path data is the same as for them all at once), each from
  // its recorded cut, replayed into the same projection in place of the cut.
  let shape: CutShape | undefined;
  const replaying = geoMercator()
    .preclip((sink) => replayer(sink, () => [shape!], thinFrame))
    .center(framedWhole ? [0, 0] : point)
    .scale(projection.scale())
    .translate(projection.translate())
    .clipExtent([
      [0, 0],
      [width, height],
    ])
    .precision(0);
  const path = geoPath(replaying).digits(DIGITS);
  // A polygon or line whose bounds miss the frame draws nothing in it (without
  // resampling, a projected edge stays within its ends' box): it is skipped.
  const draw = (item: Shape<Polygon | LineString>) => {
    if (!boundsIntersect(item.bounds, frame)) return '';
    shape = cutOf(item);
    return path(REPLAY) ?? '';
  };

  const { countries: shapes, borders } =
    Math.abs(east - west) > DETAILED_SPAN ? countries('110m') : detailed;
  // Feature ids (ISO 3166-1 numeric) are the same at every scale.
  const isHome = (country: CountryFeature) =>
    home !== undefined &&
    (country === home || (country.id !== undefined && country.id === home.id));
  const drawn: LocatorMap<T>['countries'] = [];
  for (const country of shapes) {
    if (!boundsIntersect(country.bounds, frame)) continue;
    const d = country.polygons.map(draw).join('');
    if (d !== '') drawn.push({ name: country.properties.name, d, home: isHome(country) });
  }

  const inFrame = (xy: [number, number] | null): xy is [number, number] =>
    xy !== null && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height;
  const dots: MapDot<T>[] = [];
  for (const child of inside) {
    const xy = projection([child.longitude, child.latitude]);
    if (!inFrame(xy)) continue;
    dots.push({ point: child, x: round(xy[0]), y: round(xy[1]), r: 3 });
  }
  const xy = projection(point) ?? [width / 2, height / 2];
  const dot = framedWhole ? undefined : { x: round(xy[0]), y: round(xy[1]) };

  const context = (
    options.context ??
    contextPlaces(
      options.nearby,
      [
        [west, south],
        [east, north],
      ],
      new Set([place.id, ...inside.map((child) => child.id)]),
    )
  )
    .map((candidate) => ({
      point: candidate,
      xy: projection([candidate.longitude, candidate.latitude]),
    }))
    .filter((candidate): candidate is { point: T & ContextPoint; xy: [number, number] } =>
      inFrame(candidate.xy),
    )
    .map(({ point, xy }) => ({
      point,
      x: round(xy[0]),
      y: round(xy[1]),
      name: point.name,
      region: point.kind === 'region',
    }));
  const layout = layOutLabels({
    width,
    height,
    reserved: [
      options.reserve?.([
        [west, south],
        [east, north],
      ]),
    ].filter((box) => box !== undefined),
    place: dot && { ...dot, name: place.name },
    inside: dots.map((child) => ({ x: child.x, y: child.y, name: child.point.name })),
    // A place that is a country of its own in Natural Earth (Hong Kong) is named once, by its dot.
    countries: dot
      ? drawn.filter(
          (country) => !(country.home && country.name.toLowerCase() === place.name.toLowerCase()),
        )
      : drawn,
    context,
  });
  return {
    width,
    height,
    frame: [
      [west, south],
      [east, north],
    ],
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
function contextPlaces<T extends MapPoint>(
  nearby: PlacesByLocation<T & ContextPoint> | undefined,
  frame: Bounds,
  exclude: ReadonlySet<string>,
): (T & ContextPoint)[] {
  if (!nearby) return [];
  const [[west, south], [east, north]] = frame;
  // A frame centred near the antimeridian reaches past ±180°; the index wants it wrapped (west > east).
  const wrap = (longitude: number) =>
    longitude > 180 ? longitude - 360 : longitude < -180 ? longitude + 360 : longitude;
  return nearby
    .within(wrap(west), south, wrap(east), north)
    .filter((candidate) => !exclude.has(candidate.id) && candidate.kind !== 'country')
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, CONTEXT_CANDIDATES);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
