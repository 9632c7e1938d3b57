import { describe, expect, it } from 'vitest';
import { highlightUrl } from '../../../../src/lib/search/highlight';

describe('highlight links', () => {
  it('quote the marked phrases as text fragments, escaping what fragments reserve', () => {
    expect(highlightUrl('/2023/03/22/x/', ['Li Qiang'])).toBe('/2023/03/22/x/#:~:text=Li%20Qiang');
    expect(highlightUrl('/a/#old', ['state-owned, big', '长沙'])).toBe(
      '/a/#:~:text=state%2Downed%2C%20big&text=%E9%95%BF%E6%B2%99',
    );
    expect(highlightUrl('/a/', [])).toBe('/a/');
    expect(highlightUrl('/a/', ['1', '2', '3', '4']).match(/text=/g)).toHaveLength(3);
  });
});
