/** d3's antimeridian cut, made once per shape and replayed into every map that shows it. */
import { geoClipAntimeridian, geoMercator, geoStream, type GeoStream } from 'd3-geo';
import type { LineString, Polygon } from 'geojson';
import { RADIANS, type Bounds } from './bounds';
import { thin, within } from './thinning';
import type { Shape } from './world-atlas';

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
    cutting!.lines.push({
      coordinates: cuttingLine,
      box: [
        [0, 0],
        [0, 0],
      ],
      polar: false,
    });
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

export function cutOf(shape: Shape<Polygon | LineString>): CutShape {
  if (!shape.cut) {
    cutting = { polygon: false, lines: [] };
    geoStream(shape.geometry, cutter.stream(cutRecorder));
    for (const line of cutting.lines) {
      let west = Infinity,
        south = Infinity,
        east = -Infinity,
        north = -Infinity;
      const coordinates = line.coordinates;
      for (let i = 0; i < coordinates.length; i += 2) {
        west = Math.min(west, coordinates[i]!);
        east = Math.max(east, coordinates[i]!);
        south = Math.min(south, coordinates[i + 1]!);
        north = Math.max(north, coordinates[i + 1]!);
      }
      line.box = [
        [west, south],
        [east, north],
      ];
      line.polar = Math.max(-south, north) > 89 * RADIANS;
    }
    shape.cut = cutting;
    cutting = undefined;
  }
  return shape.cut;
}

/** An empty polygon: drawing it sets off the replay of the shape being drawn (see locatorMap). */
export const REPLAY: Polygon = { type: 'Polygon', coordinates: [] };

/**
 * A stream to put in a projection in place of d3's antimeridian cut (preclip):
 * when the REPLAY polygon is drawn, it streams the recorded cuts of `shapes()`
 * into the rest of the projection (projection, clipping to the frame), thinned
 * to `thinFrame` when there is one.
 */
export function replayer(
  sink: GeoStream,
  shapes: () => readonly CutShape[],
  thinFrame: Bounds | undefined,
): GeoStream {
  return {
    polygonStart() {
      for (const shape of shapes()) {
        if (shape.polygon) sink.polygonStart();
        for (const line of shape.lines) {
          const coordinates =
            thinFrame && !line.polar && !within(line.box, thinFrame)
              ? thin(line.coordinates, thinFrame)
              : line.coordinates;
          sink.lineStart();
          for (let i = 0; i < coordinates.length; i += 2)
            sink.point(coordinates[i]!, coordinates[i + 1]!);
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
