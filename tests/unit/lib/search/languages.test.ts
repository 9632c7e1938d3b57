import { describe, expect, it } from 'vitest';
import { languagesToMerge } from '../../../../src/lib/search/languages';

describe('language indexes to merge', () => {
  it('merges every language of a bundle but the one Pagefind opens for the page', () => {
    expect(languagesToMerge({ en: 2, zh: 1, 'zh-Hans': 1 }, 'en')).toEqual(['zh', 'zh-hans']);
    expect(languagesToMerge({ 'en-GB': 1, fr: 1 }, 'en-gb')).toEqual(['fr']);
    expect(languagesToMerge({ en: 1, fr: 1 }, 'en-US')).toEqual(['fr']);
    // No English articles in the bundle: Pagefind opens the biggest index; the rest are merged.
    expect(languagesToMerge({ zh: 2, fr: 1 }, 'en')).toEqual(['fr']);
    expect(languagesToMerge({}, 'en')).toEqual([]);
  });
});
