import { describe, expect, it } from 'vitest';
import { entityLinks, referenceId } from '../../../../src/lib/entities/entities';

describe('entities', () => {
  it('ids and de-duplicates references', () => {
    expect(referenceId('Li Qiang')).toBe('li-qiang');
    expect(referenceId({ name: 'John Smith', id: 'john-smith-2' })).toBe('john-smith-2');
    expect(entityLinks(['Li Qiang', 'li qiang', 'Hunan'])).toEqual([
      { id: 'li-qiang', name: 'Li Qiang' },
      { id: 'hunan', name: 'Hunan' },
    ]);
  });
});
