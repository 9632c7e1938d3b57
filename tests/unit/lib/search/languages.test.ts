import { describe, expect, it } from 'vitest';
import { languagesToMerge } from '../../../../src/lib/search/languages';

describe('language indexes to merge', () => {
  it('merges every language but the one Pagefind opens for the page', () => {
    expect(languagesToMerge(['en', 'zh', 'en', 'zh-Hans'], 'en')).toEqual(['zh', 'zh-hans']);
    expect(languagesToMerge(['en-GB', 'fr'], 'en-gb')).toEqual(['fr']);
    expect(languagesToMerge(['en', 'fr'], 'en-US')).toEqual(['fr']);
    // No English articles: Pagefind opens the biggest index; the rest are merged.
    expect(languagesToMerge(['zh', 'zh', 'fr'], 'en')).toEqual(['fr']);
    expect(languagesToMerge([], 'en')).toEqual([]);
  });
});
