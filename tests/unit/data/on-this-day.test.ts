import { describe, expect, it, vi } from 'vitest';
import { loadSchemas } from '../../helpers/astro-content';

// Six stories on 13 March 2023 (one more than a year's list shows), one on 13 March 2020, one on 1 January 2022.
vi.mock('astro:content', async () => {
  const { article: make, mockedAstroContent } = await import('../../helpers/astro-content');
  return mockedAstroContent({
    articles: [
      ...[1, 2, 3, 4, 5, 6].map((n) =>
        make(`2023/03/13-story-${n}`, { title: `Story ${n}`, date: '2023-03-13' }),
      ),
      make('2020/03/13-nba', { title: 'NBA', date: '2020-03-13' }),
      make('2022/01/01-new-year', { title: 'New year', date: '2022-01-01' }),
    ],
  });
});

await loadSchemas();
const { getOnThisDay, ON_THIS_DAY_PER_YEAR } = await import('../../../src/data/on-this-day');

describe('on this day, for the whole build', () => {
  it('has each calendar day with stories, 01-01 first, and finds it by month and day', async () => {
    const { days, byMonthDay } = await getOnThisDay();
    expect(days.map((day) => day.monthDay)).toEqual(['01-01', '03-13']);
    expect(byMonthDay.get('03-13')).toBe(days[1]);
    expect(byMonthDay.has('03-14')).toBe(false);
  });

  it(`lists every year of a calendar day, newest first, each cut to ${ON_THIS_DAY_PER_YEAR} stories with its total kept`, async () => {
    const march13 = (await getOnThisDay()).byMonthDay.get('03-13')!;
    expect(march13.total).toBe(7);
    expect(march13.years.map((year) => [year.year, year.total, year.articles.length])).toEqual([
      ['2023', 6, ON_THIS_DAY_PER_YEAR],
      ['2020', 1, 1],
    ]);
  });

  it('is computed once', async () => {
    expect(await getOnThisDay()).toBe(await getOnThisDay());
  });
});
