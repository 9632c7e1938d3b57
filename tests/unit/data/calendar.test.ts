import { describe, expect, it, vi } from 'vitest';
import { article, collectionReads, loadSchemas } from '../../helpers/astro-content';

vi.mock('astro:content', async () =>
  (await import('../../helpers/astro-content')).mockedAstroContent({
    articles: [
      article('2023/03/22-b', { title: 'B', date: '2023-03-22' }),
      article('2021/12/31-old', { title: 'Old', date: '2021-12-31' }),
      article('2023/03/22-a', { title: 'A', date: '2023-03-22' }),
      article('2023/01/05-new-year', { title: 'New year', date: '2023-01-05' }),
    ],
  }),
);

await loadSchemas();
const { getArchiveCalendar } = await import('../../../src/data/calendar');

describe('the archive calendar of the build', () => {
  it('has only the years, months and days with stories, oldest first', async () => {
    const calendar = await getArchiveCalendar();
    expect(calendar.years.map((year) => [year.year, year.count])).toEqual([
      ['2021', 1],
      ['2023', 3],
    ]);
    expect(calendar.months.map((month) => month.key)).toEqual(['2021-12', '2023-01', '2023-03']);
    expect(calendar.days.map((day) => day.date)).toEqual([
      '2021-12-31',
      '2023-01-05',
      '2023-03-22',
    ]);
  });

  it("lists a day's articles newest first, the same day by id, as the article list orders them", async () => {
    const day = (await getArchiveCalendar()).days.at(-1)!;
    expect(day.articles.map((entry) => entry.id)).toEqual(['2023/03/22-a', '2023/03/22-b']);
  });

  it('is grouped once and read from the collection once', async () => {
    expect(await getArchiveCalendar()).toBe(await getArchiveCalendar());
    expect(collectionReads['articles']).toBe(1);
  });
});
