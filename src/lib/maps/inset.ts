/**
 * The small map in a locator map's corner that shows where its frame lies in a wider
 * area: a patch of one country tells a reader little alone. The wider area is the land
 * mass holding the place (mainland France, not its overseas departments), at least
 * MIN_SPAN degrees wide so a small country shows its neighbours, drawn from Natural
 * Earth's 1:110m countries once per land mass per build; only the frame differs per city.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Box } from './labels';
import { boundsIntersect, type Bounds } from './bounds';
import { homeAt } from './containment';
import { countries, type CountryPolygon } from './world-atlas';

/** Locator maps narrower than this many degrees get an inset. */
export const INSET_BELOW_SPAN = 25;
/** The inset spans at least this many degrees of longitude. */
const MIN_SPAN = 30;
/** A land mass wider than this (Russia, Antarctica) is not framed whole: the inset centres on the place instead. */
const MAX_SPAN = 90;
/** The span of an inset centred on the place. */
const CENTRED_SPAN = 60;
const PADDING = 6;
/** The frame is marked at least this many pixels wide, so that a city's frame stays visible. */
const MIN_MARK = 6;

export const INSET_WIDTH = 160;
export const INSET_HEIGHT = 100;

export interface MapInset {
  /** Where the inset sits on the locator map. */
  box: Box;
  width: number;
  height: number;
  countries: { d: string; home: boolean }[];
  /** The locator map's frame on the inset. */
  mark: Box;
}

interface InsetDrawing {
  projection: GeoProjection;
  countries: MapInset['countries'];
}

const RADIANS = Math.PI / 180;
const mercatorY = (latitude: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, latitude)) * RADIANS) / 2));

/** Drawings per land mass (or per rounded point, for an inset centred on a place), made once per build. */
const drawings = new Map<CountryPolygon | string, InsetDrawing>();

/** Whether a locator map with this frame gets an inset. */
export function needsInset(frame: Bounds): boolean {
  return longitudeSpan(frame) < INSET_BELOW_SPAN;
}

/**
 * The inset for a locator map of `point` whose frame is `frame` (degrees),
 * placed in the map's lower left corner.
 */
export function locatorInset(
  point: [number, number],
  frame: Bounds,
  mapHeight: number,
  home = homeAt(undefined, point),
): MapInset {
  const polygon = home?.polygon;
  const span = polygon ? longitudeSpan(polygon.bounds) : Infinity;
  // Centred insets are shared by places within a few degrees of each other.
  const centre: [number, number] = [Math.round(point[0] / 5) * 5, Math.round(point[1] / 5) * 5];
  const key = polygon && span <= MAX_SPAN ? polygon : `${centre[0]},${centre[1]}`;
  let drawing = drawings.get(key);
  if (!drawing) {
    drawing = draw(
      polygon && span <= MAX_SPAN ? projectionFitting(polygon.bounds) : projectionCentredOn(centre),
      home?.country.id,
    );
    drawings.set(key, drawing);
  }
  return {
    box: insetBox(mapHeight),
    width: INSET_WIDTH,
    height: INSET_HEIGHT,
    countries: drawing.countries,
    mark: markOf(drawing.projection, frame),
  };
}

/** Where an inset goes on a locator map `mapHeight` pixels high: its lower left corner. */
export function insetBox(mapHeight: number): Box {
  return { x0: 8, y0: mapHeight - INSET_HEIGHT - 8, x1: 8 + INSET_WIDTH, y1: mapHeight - 8 };
}

function longitudeSpan(bounds: Bounds): number {
  const [[west], [east]] = bounds;
  return east >= west ? east - west : east + 360 - west;
}

function projectionFitting(bounds: Bounds): GeoProjection {
  const [[west, south], [, north]] = bounds;
  const span = longitudeSpan(bounds);
  const scale = Math.min(
    (INSET_WIDTH - 2 * PADDING) / Math.max(span * RADIANS, 1e-6),
    (INSET_HEIGHT - 2 * PADDING) / Math.max(mercatorY(north) - mercatorY(south), 1e-6),
    INSET_WIDTH / (MIN_SPAN * RADIANS),
  );
  return projection(west + span / 2, (mercatorY(north) + mercatorY(south)) / 2, scale);
}

function projectionCentredOn([longitude, latitude]: [number, number]): GeoProjection {
  return projection(longitude, mercatorY(latitude), INSET_WIDTH / (CENTRED_SPAN * RADIANS));
}

/** Mercator turned to the centre's longitude (so an inset across the antimeridian is whole), the centre in the middle. */
function projection(longitude: number, y: number, scale: number): GeoProjection {
  return geoMercator()
    .rotate([-longitude, 0])
    .scale(scale)
    .translate([INSET_WIDTH / 2, INSET_HEIGHT / 2 + scale * y])
    .clipExtent([
      [0, 0],
      [INSET_WIDTH, INSET_HEIGHT],
    ]);
}

function draw(projection: GeoProjection, homeId: string | number | undefined): InsetDrawing {
  const [west, north] = projection.invert!([0, 0])!;
  const [east, south] = projection.invert!([INSET_WIDTH, INSET_HEIGHT])!;
  const frame: Bounds = [
    [west, south],
    [east, north],
  ];
  // Whole pixels: the inset is a thumbnail.
  const path = geoPath(projection).digits(0);
  const drawn: MapInset['countries'] = [];
  for (const country of countries('110m').countries) {
    if (!boundsIntersect(country.bounds, frame)) continue;
    const d = path(country) ?? '';
    // Feature ids (ISO 3166-1 numeric) are the same at every scale.
    if (d !== '') drawn.push({ d, home: homeId !== undefined && country.id === homeId });
  }
  return { projection, countries: drawn };
}

/** The locator map's frame as a rectangle on the inset, at least MIN_MARK pixels each way and within the inset. */
function markOf(projection: GeoProjection, frame: Bounds): Box {
  const [[west, south], [east, north]] = frame;
  const [x0, y0] = projection([west, north]) ?? [0, 0];
  const [x1, y1] = projection([east, south]) ?? [INSET_WIDTH, INSET_HEIGHT];
  const grow = (a: number, b: number, limit: number) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const missing = Math.max(0, MIN_MARK - (high - low)) / 2;
    return [Math.max(0, round(low - missing)), Math.min(limit, round(high + missing))] as const;
  };
  const [left, right] = grow(x0, x1, INSET_WIDTH);
  const [top, bottom] = grow(y0, y1, INSET_HEIGHT);
  return { x0: left, y0: top, x1: right, y1: bottom };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
