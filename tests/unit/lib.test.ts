import { describe, expect, it } from 'vitest';
import { articlePath, articleSlug, assertUniquePaths, neighboursInTime, paginate, sortNewestFirst } from '../../src/lib/articles';
import { datelineText, shortSourceName } from '../../src/lib/dateline';
import { formatLongDate, isCalendarDate, toIsoDate } from '../../src/lib/dates';
import { entityLinks, referenceId } from '../../src/lib/entities/entities';
import { readingMinutes } from '../../src/lib/reading-time';
import { slugify } from '../../src/lib/slug';
import { absoluteUrl, withBase } from '../../src/lib/urls';
import { markdownSetting, normaliseBasePath } from '../../src/config';

const article = (id: string, date: string, title = id, slug?: string) => ({ id, data: { date, title, slug } });

describe('dates', () => {
  it('knows which days exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-3-22')).toBe(false);
  });
  it('formats and converts', () => {
    expect(formatLongDate('2023-03-02')).toBe('2 March 2023');
    expect(toIsoDate(new Date(Date.UTC(2023, 2, 22)))).toBe('2023-03-22');
  });
});

describe('slugify', () => {
  it('makes readable ids', () => {
    expect(slugify('Li Qiang')).toBe('li-qiang');
    expect(slugify('Zürich')).toBe('zurich');
    expect(slugify("Côte d'Ivoire")).toBe('cote-divoire');
    expect(slugify('  CPC Central Committee ')).toBe('cpc-central-committee');
    expect(slugify('长沙')).toBe('长沙');
  });
});

describe('articles', () => {
  it('takes the slug from the file name, or the slug field', () => {
    expect(articleSlug(article('2023/03/22-li-qiang-hunan', '2023-03-22'))).toBe('li-qiang-hunan');
    expect(articleSlug(article('misc/story', '2023-03-22'))).toBe('story');
    expect(articleSlug(article('2023/03/22-x', '2023-03-22', 't', 'custom'))).toBe('custom');
    expect(articlePath(article('2023/03/22-li-qiang-hunan', '2023-03-22'))).toBe('/2023/03/22/li-qiang-hunan/');
  });
  it('sorts newest first, the same day by id', () => {
    const sorted = sortNewestFirst([article('b', '2020-01-01'), article('a', '2020-01-01'), article('c', '2021-01-01')]);
    expect(sorted.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
  it('refuses two articles at one URL, naming both files', () => {
    expect(() => assertUniquePaths([article('2020/01/01-x', '2020-01-01'), article('other/01-x', '2020-01-01')])).toThrow(
      /2020\/01\/01-x\.md and other\/01-x\.md/,
    );
  });
  it('finds neighbours in time and pages', () => {
    expect(neighboursInTime(['new', 'mid', 'old'])).toEqual([
      { newer: undefined, older: 'mid' },
      { newer: 'new', older: 'old' },
      { newer: 'mid', older: undefined },
    ]);
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 2)).toEqual([[]]);
  });
});

describe('datelines', () => {
  it('reads like a wire story', () => {
    expect(shortSourceName('Xinhua News Agency')).toBe('Xinhua');
    expect(datelineText({ dateline: 'Changsha', date: '2023-03-22', source: 'Xinhua News Agency' })).toBe('CHANGSHA, March 22 (Xinhua) —');
    expect(datelineText({ date: '2023-03-22' })).toBe('March 22 —');
  });
});

describe('entities', () => {
  it('ids and de-duplicates references', () => {
    expect(referenceId('Li Qiang')).toBe('li-qiang');
    expect(referenceId({ name: 'John Smith', id: 'john-smith-2' })).toBe('john-smith-2');
    expect(entityLinks(['Li Qiang', 'li qiang', 'Hunan'])).toEqual([{ id: 'li-qiang', name: 'Li Qiang' }, { id: 'hunan', name: 'Hunan' }]);
  });
});

describe('urls and settings', () => {
  it('prefixes the base path', () => {
    expect(withBase('/people/li-qiang/', '/news/')).toBe('/news/people/li-qiang/');
    expect(withBase('/', '/')).toBe('/');
    expect(absoluteUrl('/a/', '/news/', 'https://example.org')).toBe('https://example.org/news/a/');
    expect(normaliseBasePath('news')).toBe('/news/');
    expect(normaliseBasePath('/news/')).toBe('/news/');
    expect(normaliseBasePath('')).toBe('/');
  });
  it('reads the Markdown pipeline setting, Sätteri by default, and refuses an unknown one', () => {
    expect(markdownSetting(undefined)).toBe('satteri');
    expect(markdownSetting('')).toBe('satteri');
    expect(markdownSetting(' Remark ')).toBe('remark');
    expect(() => markdownSetting('marked')).toThrow('MARKDOWN must be "satteri" or "remark", not "marked"');
  });
  it('estimates reading time', () => {
    expect(readingMinutes('word '.repeat(460))).toBe(2);
    expect(readingMinutes('')).toBe(1);
  });
});
