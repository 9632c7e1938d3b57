/** Vertex thinning: a cut line without the runs of vertices beyond one side of a map's frame. */
import type { Bounds } from './bounds';

/** Sides of a frame a vertex lies beyond (bits), for dropping vertices that cannot show. */
const WEST = 1,
  EAST = 2,
  NORTH = 4,
  SOUTH = 8;

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
export function thin(line: readonly number[], frame: Bounds): readonly number[] {
  const n = line.length / 2;
  if (n < 4) return line;
  const [[west, south], [east, north]] = frame;
  const sides = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const lambda = line[2 * i]!,
      phi = line[2 * i + 1]!;
    sides[i] =
      (lambda < west ? WEST : lambda > east ? EAST : 0) |
      (phi > north ? NORTH : phi < south ? SOUTH : 0);
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
export function within(box: Bounds, frame: Bounds): boolean {
  return (
    frame[0][0] <= box[0][0] &&
    box[1][0] <= frame[1][0] &&
    frame[0][1] <= box[0][1] &&
    box[1][1] <= frame[1][1]
  );
}
