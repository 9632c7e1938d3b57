import { describe, expect, it } from 'vitest';
import { orderResults } from '../../../../src/lib/search/order';

describe('result order across language indexes', () => {
  const result = (index: string, date: string) => ({ id: `${index}_${date}`, index, date });
  type Result = ReturnType<typeof result>;
  const byIndex = (r: Result) => r.index;

  it('merges per-index date orders into one, reading few dates', async () => {
    // As Pagefind returns them: each index in date order, interleaved by score.
    const results = [
      result('en', '2023-03-22'),
      result('en', '2020-01-15'),
      result('zh', '2022-05-10'),
      result('en', '2019-01-04'),
      result('zh', '2019-06-01'),
    ];
    const read: string[] = [];
    const dateOf = async (r: Result) => (read.push(r.id), r.date);
    const ordered = orderResults(results, 'newest', byIndex, dateOf);
    expect(ordered.total).toBe(5);
    expect((await ordered.take(2)).map((r) => r.date)).toEqual(['2023-03-22', '2022-05-10']);
    expect(read).toHaveLength(3);
    expect((await ordered.take(10)).map((r) => r.date)).toEqual([
      '2020-01-15',
      '2019-06-01',
      '2019-01-04',
    ]);
    expect(await ordered.take(1)).toEqual([]);
  });

  it('merges oldest first too, and keeps one index or relevance as given without reading dates', async () => {
    const results = [
      result('en', '2019-01-04'),
      result('zh', '2020-05-10'),
      result('en', '2021-01-01'),
    ];
    const oldest = orderResults(results, 'oldest', byIndex, async (r) => r.date);
    expect((await oldest.take(3)).map((r) => r.date)).toEqual([
      '2019-01-04',
      '2020-05-10',
      '2021-01-01',
    ]);
    const never = async (): Promise<string> => {
      throw new Error('no date needed');
    };
    expect(await orderResults(results, 'relevance', byIndex, never).take(2)).toEqual(
      results.slice(0, 2),
    );
    const single = [result('en', '2023-01-01'), result('en', '2022-01-01')];
    expect(await orderResults(single, 'newest', byIndex, never).take(5)).toEqual(single);
  });
});
