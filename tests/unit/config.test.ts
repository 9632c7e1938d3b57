import { describe, expect, it } from 'vitest';
import { markdownSetting, normaliseBasePath } from '../../src/config';

describe('settings', () => {
  it('writes the base path with a slash at each end', () => {
    expect(normaliseBasePath('news')).toBe('/news/');
    expect(normaliseBasePath('/news/')).toBe('/news/');
    expect(normaliseBasePath('')).toBe('/');
  });
  it('reads the Markdown pipeline setting, Sätteri by default, and refuses an unknown one', () => {
    expect(markdownSetting(undefined)).toBe('satteri');
    expect(markdownSetting('')).toBe('satteri');
    expect(markdownSetting(' Remark ')).toBe('remark');
    expect(() => markdownSetting('marked')).toThrow(
      'MARKDOWN must be "satteri" or "remark", not "marked"',
    );
  });
});
