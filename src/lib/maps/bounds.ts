/** Boxes on the globe in degrees, and whether two of them meet across the antimeridian. */

export const RADIANS = Math.PI / 180;

/** [[west, south], [east, north]] in degrees (or radians where said); west > east across the antimeridian. */
export type Bounds = [[number, number], [number, number]];

/** Degrees added around a frame before testing against it, so that rounding at its edges drops nothing drawn. */
export const FRAME_MARGIN = 1e-6;

/** Whether two longitude ranges overlap; a range with west > east crosses the antimeridian. */
function longitudesOverlap(west0: number, east0: number, west1: number, east1: number): boolean {
  if (west0 > east0)
    return (
      longitudesOverlap(west0, 180, west1, east1) || longitudesOverlap(-180, east0, west1, east1)
    );
  if (west1 > east1)
    return (
      longitudesOverlap(west0, east0, west1, 180) || longitudesOverlap(west0, east0, -180, east1)
    );
  return west0 <= east1 && west1 <= east0;
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  // geoBounds of a feature crossing the antimeridian has west > east: it spans [west, 180] and [-180, east].
  return (
    a[0][1] <= b[1][1] &&
    b[0][1] <= a[1][1] &&
    longitudesOverlap(a[0][0], a[1][0], b[0][0], b[1][0])
  );
}
