import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/reading-time';

describe('reading time', () => {
  it('estimates reading time', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});
