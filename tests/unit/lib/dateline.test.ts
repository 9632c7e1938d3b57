import { describe, expect, it } from 'vitest';
import { datelineText, shortSourceName } from '../../../src/lib/dateline';

describe('datelines', () => {
  it('reads like a wire story', () => {
    expect(shortSourceName('Xinhua News Agency')).toBe('Xinhua');
    expect(
      datelineText({ dateline: 'Changsha', date: '2023-03-22', source: 'Xinhua News Agency' }),
    ).toBe('CHANGSHA, March 22 (Xinhua) —');
    expect(datelineText({ date: '2023-03-22' })).toBe('March 22 —');
  });
});
