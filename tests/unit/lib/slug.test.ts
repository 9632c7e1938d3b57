import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slug';

describe('slugify', () => {
  it('makes readable ids', () => {
    expect(slugify('Li Qiang')).toBe('li-qiang');
    expect(slugify('Zürich')).toBe('zurich');
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
    expect(slugify('  CPC Central Committee ')).toBe('cpc-central-committee');
    expect(slugify('长沙')).toBe('长沙');
  });
});
