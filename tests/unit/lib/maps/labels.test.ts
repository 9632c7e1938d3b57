import { describe, expect, it } from 'vitest';
import { pathArea } from '../../../../src/lib/maps/labels';

describe('path area', () => {
  it('measures a square and its centre, and subtracts a hole wound the other way', () => {
    expect(pathArea('M0,0L10,0L10,10L0,10Z')).toEqual({ area: 100, x: 5, y: 5 });
    const holed = pathArea('M0,0L10,0L10,10L0,10ZM4,4L4,6L6,6L6,4Z');
    expect(holed.area).toBe(96);
    expect(holed.x).toBeCloseTo(5);
    expect(pathArea('')).toEqual({ area: 0, x: 0, y: 0 });
  });
});
