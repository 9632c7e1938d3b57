/**
 * Where a locator map's words go: the visible middle of a country's shape
 * (read back from its SVG path data, already clipped to the frame), and
 * labels set one by one where they overlap nothing set before them.
 *
 * Plain geometry on the drawn map, in pixels: the shapes were projected and
 * clipped once to draw them, so reading the path back costs a pass over its
 * text and no second projection.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Area {
  /** In square pixels. */
  area: number;
  x: number;
  y: number;
}

const NUMBER = /-?\d*\.?\d+(?:e-?\d+)?/g;

/**
 * The area and centroid of SVG path data made of `M x,y L x,y … Z` rings, as
 * d3-geo writes polygons. Rings of both windings are summed with their signs,
 * so a hole takes its area out of the shape around it.
 */
export function pathArea(d: string): Area {
  let signed = 0,
    cx = 0,
    cy = 0;
  for (const ring of d.split(/[Mm]/)) {
    const numbers = ring.match(NUMBER)?.map(Number) ?? [];
    const n = Math.floor(numbers.length / 2);
    for (let i = 0; i < n; i++) {
      const x0 = numbers[2 * i]!,
        y0 = numbers[2 * i + 1]!;
      const j = (i + 1) % n;
      const x1 = numbers[2 * j]!,
        y1 = numbers[2 * j + 1]!;
      const cross = x0 * y1 - x1 * y0;
      signed += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  if (signed === 0) return { area: 0, x: 0, y: 0 };
  return { area: Math.abs(signed) / 2, x: cx / (3 * signed), y: cy / (3 * signed) };
}

/** Pixels per character of a 12px system sans label, a little generous: a label may overlap nothing. */
const CHARACTER_WIDTH = 7;
const LINE_HEIGHT = 14;

/** The box of a label whose text starts (`start`), centres (`middle`) or ends (`end`) at x, with its baseline at y. */
export function labelBox(
  text: string,
  x: number,
  y: number,
  anchor: 'start' | 'middle' | 'end' = 'start',
  scale = 1,
): Box {
  const width = text.length * CHARACTER_WIDTH * scale;
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return {
    x0,
    y0: y - LINE_HEIGHT * scale * 0.8,
    x1: x0 + width,
    y1: y + LINE_HEIGHT * scale * 0.25,
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** Whether a box lies within the map, `margin` pixels in from its edges. */
export function insideMap(box: Box, width: number, height: number, margin = 2): boolean {
  return (
    box.x0 >= margin && box.y0 >= margin && box.x1 <= width - margin && box.y1 <= height - margin
  );
}

/**
 * The space taken on a map so far. `fits` says whether a box is free (on the
 * map, clear of everything taken); `take` claims it.
 */
export class Occupancy {
  private readonly taken: Box[] = [];

  constructor(
    private readonly width: number,
    private readonly height: number,
  ) {}

  fits(box: Box): boolean {
    return (
      insideMap(box, this.width, this.height) && !this.taken.some((other) => overlaps(box, other))
    );
  }

  take(box: Box): void {
    this.taken.push(box);
  }

  /** The first of `candidates` that fits, taken; or undefined. */
  place<T extends { box: Box }>(candidates: readonly T[]): T | undefined {
    const free = candidates.find((candidate) => this.fits(candidate.box));
    if (free) this.take(free.box);
    return free;
  }
}

export interface TextPosition {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

export interface Spot {
  x: number;
  y: number;
  name: string;
}

export interface LabelInput {
  width: number;
  height: number;
  /** Space kept free (the inset). */
  reserved: readonly Box[];
  /** The place itself: its dot and name come first and always show. */
  place?: Spot | undefined;
  /** Places inside this one: their dots always show, their names where there is room. */
  inside: readonly Spot[];
  countries: readonly { name: string; d: string; home: boolean }[];
  /** Other places of the archive in the frame, most important first. A region is named without a dot. */
  context: readonly (Spot & { region: boolean })[];
}

export interface LabelLayout {
  place?: TextPosition | undefined;
  inside: (TextPosition | undefined)[];
  countries: (TextPosition & { text: string; home: boolean })[];
  /** The context places shown, by their index in the input, each with its name. */
  context: { index: number; label: TextPosition }[];
}

/** Neighbouring countries are named when they fill at least this share of the map. */
const NEIGHBOUR_SHARE = 0.04;
const MAX_NEIGHBOUR_NAMES = 4;
/** Context places shown at most: enough to place the map, few enough to read. */
export const MAX_CONTEXT_PLACES = 6;
/** Country names are set in spaced capitals, wider than other labels. */
const COUNTRY_SCALE = 1.25;
const DOT_RADIUS = 4;

/** Label positions around a dot: right, left, above, below. */
function besideDot(spot: Spot, gap: number): { box: Box; label: TextPosition }[] {
  const at = (x: number, y: number, anchor: TextPosition['anchor']) => ({
    box: labelBox(spot.name, x, y, anchor),
    label: { x: round(x), y: round(y), anchor },
  });
  return [
    at(spot.x + gap, spot.y + 4, 'start'),
    at(spot.x - gap, spot.y + 4, 'end'),
    at(spot.x, spot.y - gap - 2, 'middle'),
    at(spot.x, spot.y + gap + 10, 'middle'),
  ];
}

function dotBox(spot: { x: number; y: number }, r = DOT_RADIUS): Box {
  return { x0: spot.x - r, y0: spot.y - r, x1: spot.x + r, y1: spot.y + r };
}

/** Positions for a name centred at a point, then nudged up and down, then sideways, to clear what is there. */
function aroundCentre(text: string, x: number, y: number): { box: Box; label: TextPosition }[] {
  const offsets = [
    [0, 0],
    [0, 36],
    [0, -36],
    [0, 72],
    [0, -72],
    [-120, 0],
    [120, 0],
    [-120, 48],
    [120, 48],
    [-120, -48],
    [120, -48],
  ] as const;
  return offsets.map(([dx, dy]) => ({
    box: labelBox(text, x + dx, y + dy, 'middle', COUNTRY_SCALE),
    label: { x: round(x + dx), y: round(y + dy), anchor: 'middle' as const },
  }));
}

/**
 * Every label of a locator map, in order of importance, each where it
 * overlaps nothing set before it: the place, the dots of the places inside it
 * and of a few other places of the archive, the names of the places inside,
 * the home country's name, large neighbours' names, then the other places'
 * names. What finds no room is left out.
 */
export function layOutLabels(input: LabelInput): LabelLayout {
  const room = new Occupancy(input.width, input.height);
  for (const box of input.reserved) room.take(box);
  let place: TextPosition | undefined;
  if (input.place) {
    room.take(dotBox(input.place, 7));
    const choice = room.place(besideDot(input.place, 9)) ?? besideDot(input.place, 9)[0]!;
    place = choice.label;
  }
  for (const spot of input.inside) room.take(dotBox(spot));
  // The context places' dots before any name, so that a country's name moves aside for them.
  const dotted = new Set<number>();
  input.context.forEach((spot, index) => {
    if (spot.region || dotted.size >= MAX_CONTEXT_PLACES || !room.fits(dotBox(spot))) return;
    room.take(dotBox(spot));
    dotted.add(index);
  });

  // The places inside this one are the page's own: named before any country.
  const inside = input.inside.map((spot) => room.place(besideDot(spot, 6))?.label);

  const countries: LabelLayout['countries'] = [];
  const frameArea = input.width * input.height;
  const shapes = input.countries
    .map((country) => ({ country, visible: pathArea(country.d) }))
    .filter(({ country, visible }) =>
      country.home ? visible.area > 0 : visible.area >= NEIGHBOUR_SHARE * frameArea,
    )
    .sort(
      (a, b) => Number(b.country.home) - Number(a.country.home) || b.visible.area - a.visible.area,
    )
    .slice(0, 1 + MAX_NEIGHBOUR_NAMES);
  for (const { country, visible } of shapes) {
    const choice = room.place(aroundCentre(country.name, visible.x, visible.y));
    if (choice) countries.push({ ...choice.label, text: country.name, home: country.home });
  }

  const context: LabelLayout['context'] = [];
  input.context.forEach((spot, index) => {
    if (context.length >= MAX_CONTEXT_PLACES) return;
    if (spot.region) {
      const choice = room.place([
        {
          box: labelBox(spot.name, spot.x, spot.y + 4, 'middle'),
          label: { x: round(spot.x), y: round(spot.y + 4), anchor: 'middle' as const },
        },
      ]);
      if (choice) context.push({ index, label: choice.label });
    } else if (dotted.has(index)) {
      // A dot whose name finds no room is left out: an unnamed dot says nothing.
      const choice = room.place(besideDot(spot, 6));
      if (choice) context.push({ index, label: choice.label });
    }
  });
  return { place, inside, countries, context };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
