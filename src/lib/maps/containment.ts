/** Which country holds a point, by d3-geo's test at a fraction of its cost. */
import { geoContains } from 'd3-geo';
import { boundsIntersect, FRAME_MARGIN, RADIANS, type Bounds } from './bounds';
import { countries, type CountryFeature, type CountryPolygon } from './world-atlas';

const PI = Math.PI;
const HALF_PI = PI / 2;
const TAU = 2 * PI;
const EPSILON = 1e-6;

/** d3's answer for the South Pole, and the rings in radians as d3 tests them (closing vertex dropped). */
export type Containment = { southPoleInside: boolean; rings: Float64Array[] };

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

/** d3-geo's normalisation of a longitude in radians to [-π, π]. */
function longitude(lambda: number): number {
  return Math.abs(lambda) <= PI
    ? lambda
    : Math.sign(lambda) * (((Math.abs(lambda) + PI) % TAU) - PI);
}

function cartesian(lambda: number, phi: number): [number, number, number] {
  const cosPhi = Math.cos(phi);
  return [cosPhi * Math.cos(lambda), cosPhi * Math.sin(lambda), Math.sin(phi)];
}

function cartesianCross(a: readonly number[], b: readonly number[]): [number, number, number] {
  return [
    a[1]! * b[2]! - a[2]! * b[1]!,
    a[2]! * b[0]! - a[0]! * b[2]!,
    a[0]! * b[1]! - a[1]! * b[0]!,
  ];
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
        const phiArc =
          (antimeridian !== delta >= 0 ? -1 : 1) *
          (z > 1 ? HALF_PI : z < -1 ? -HALF_PI : Math.asin(z));
        if (phi > phiArc || (phi === phiArc && (arc[0] || arc[1])))
          winding += antimeridian !== delta >= 0 ? 1 : -1;
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
export function countryAt(
  shapes: readonly CountryFeature[],
  point: [number, number],
): CountryFeature | undefined {
  return homeAt(shapes, point)?.country;
}

/** The country holding a point (1:50m unless `shapes` are given) and the one polygon of it that does: a mainland, an island. */
export function homeAt(
  shapes: readonly CountryFeature[] | undefined,
  point: [number, number],
): { country: CountryFeature; polygon: CountryPolygon } | undefined {
  const at: Bounds = [point, point];
  // A hair wider for the polygons, so that rounding in their bounds never hides one holding the point.
  const near: Bounds = [
    [point[0] - FRAME_MARGIN, point[1] - FRAME_MARGIN],
    [point[0] + FRAME_MARGIN, point[1] + FRAME_MARGIN],
  ];
  for (const country of shapes ?? countries('50m').countries) {
    if (!boundsIntersect(country.bounds, at)) continue;
    const polygon = country.polygons.find(
      (polygon) => boundsIntersect(polygon.bounds, near) && polygonContains(polygon, point),
    );
    if (polygon) return { country, polygon };
  }
  return undefined;
}
