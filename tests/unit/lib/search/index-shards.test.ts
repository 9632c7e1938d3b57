import { describe, expect, it } from 'vitest';
import {
  chainShards,
  isShardList,
  searchedAtOnce,
  shardsFor,
  shardsKnowingEveryWord,
  sumCounts,
  type IndexShard,
} from '../../../../src/lib/search/index-shards';
import { orderResults } from '../../../../src/lib/search/order';

const shard = (id: string, from = `${id.slice(0, 4)}-01`, to = `${id.slice(0, 4)}-12`) =>
  ({ id, from, to, pages: 1, languages: { en: 1 } }) satisfies IndexShard;

/** Newest first, as the build lists them; 2021 is cut into two runs of months. */
const SHARDS = [
  shard('2023'),
  shard('2021-07', '2021-07', '2021-12'),
  shard('2021-01', '2021-01', '2021-06'),
  shard('2019'),
];
const ids = (shards: readonly IndexShard[]) => shards.map((one) => one.id);

describe('the shards a search needs', () => {
  it('opens every shard without a year or a range', () => {
    expect(ids(shardsFor(SHARDS, {}))).toEqual(['2023', '2021-07', '2021-01', '2019']);
  });

  it('opens only the chosen year’s shards, and none for two years (no story has both)', () => {
    expect(ids(shardsFor(SHARDS, { years: ['2019'] }))).toEqual(['2019']);
    expect(ids(shardsFor(SHARDS, { years: ['2021'] }))).toEqual(['2021-07', '2021-01']);
    expect(ids(shardsFor(SHARDS, { years: ['2019', '2019'] }))).toEqual(['2019']);
    expect(shardsFor(SHARDS, { years: ['2019', '2023'] })).toEqual([]);
    expect(shardsFor(SHARDS, { years: ['2022'] })).toEqual([]);
    expect(shardsFor(SHARDS, { years: ['not-a-year'] })).toEqual([]);
  });

  it('opens the shards a date range overlaps, by month, with open ends and bounds in either order', () => {
    expect(ids(shardsFor(SHARDS, { range: { from: '2021-03', to: '2021-05' } }))).toEqual([
      '2021-01',
    ]);
    expect(ids(shardsFor(SHARDS, { range: { from: '2021-06', to: '2021-07' } }))).toEqual([
      '2021-07',
      '2021-01',
    ]);
    expect(ids(shardsFor(SHARDS, { range: { from: '2021' } }))).toEqual([
      '2023',
      '2021-07',
      '2021-01',
    ]);
    expect(ids(shardsFor(SHARDS, { range: { to: '2020' } }))).toEqual(['2019']);
    expect(ids(shardsFor(SHARDS, { range: { from: '2023', to: '2021-08' } }))).toEqual([
      '2023',
      '2021-07',
    ]);
    expect(shardsFor(SHARDS, { range: { from: '2022', to: '2022-12' } })).toEqual([]);
    expect(ids(shardsFor(SHARDS, { years: ['2021'], range: { from: '2021-09' } }))).toEqual([
      '2021-07',
    ]);
  });
});

describe('results across shards', () => {
  const dated = (shardId: string, dates: string[]) =>
    dates.map((date) => ({ id: `en_${shardId}_${date}`, shard: shardId, date, score: 1 }));
  type Result = ReturnType<typeof dated>[number];
  const ANSWERS: Record<string, Result[]> = {
    '2023': dated('2023', ['2023-05-01', '2023-03-22', '2023-01-02']),
    '2021-07': [],
    '2021-01': dated('2021-01', ['2021-06-30', '2021-02-01']),
    '2019': dated('2019', ['2019-12-31', '2019-09-06', '2019-01-04']),
  };

  function chain(order: 'newest' | 'oldest') {
    const searched: string[] = [];
    const shards = order === 'newest' ? SHARDS : [...SHARDS].reverse();
    const stream = chainShards(shards, async (one) => {
      searched.push(one.id);
      const results = ANSWERS[one.id]!;
      // Each shard's own list in the order asked, as Pagefind's sort gives it.
      const sorted = order === 'newest' ? results : [...results].reverse();
      return orderResults(
        sorted,
        order,
        () => 'en',
        async (result) => result.date,
      );
    });
    return { stream, searched };
  }

  it('lists newest first without interleaving, opening an older shard only when the reader reaches it', async () => {
    const { stream, searched } = chain('newest');
    expect(searched).toEqual([]);
    const first = await stream.take(2);
    expect(first.map((result) => result.date)).toEqual(['2023-05-01', '2023-03-22']);
    expect(searched).toEqual(['2023']);
    expect([stream.found, stream.complete]).toEqual([3, false]);

    const second = await stream.take(3);
    // The empty shard of late 2021 is passed over on the way.
    expect(second.map((result) => result.date)).toEqual(['2023-01-02', '2021-06-30', '2021-02-01']);
    expect(searched).toEqual(['2023', '2021-07', '2021-01']);
    expect(ids(stream.searched)).toEqual(['2023', '2021-07', '2021-01']);
    expect([stream.found, stream.complete]).toEqual([5, false]);

    const rest = await stream.take(10);
    expect(rest.map((result) => result.date)).toEqual(['2019-12-31', '2019-09-06', '2019-01-04']);
    expect([stream.found, stream.complete]).toEqual([8, true]);
    expect(await stream.take(10)).toEqual([]);
    expect(searched).toEqual(['2023', '2021-07', '2021-01', '2019']);

    const all = [...first, ...second, ...rest].map((result) => result.date);
    expect(all).toEqual([...all].sort().reverse());
  });

  it('lists oldest first from the oldest shard on', async () => {
    const { stream, searched } = chain('oldest');
    const page = await stream.take(4);
    expect(page.map((result) => result.date)).toEqual([
      '2019-01-04',
      '2019-09-06',
      '2019-12-31',
      '2021-02-01',
    ]);
    expect(searched).toEqual(['2019', '2021-01']);
  });

  it('searches nothing and finds nothing with no shard to search', async () => {
    const stream = chainShards<Result>([], async () => {
      throw new Error('no shard to search');
    });
    expect(await stream.take(10)).toEqual([]);
    expect([stream.found, stream.complete]).toEqual([0, true]);
  });

  it('hands out results searched at once as they are, a page at a time', async () => {
    const results = [...ANSWERS['2019']!, ...ANSWERS['2023']!];
    const stream = searchedAtOnce(SHARDS, results);
    expect([stream.found, stream.complete]).toEqual([6, true]);
    expect(await stream.take(4)).toEqual(results.slice(0, 4));
    expect(await stream.take(4)).toEqual(results.slice(4));
  });

  it('adds up the filter counts of the shards searched, value by value', () => {
    expect(
      sumCounts([
        { person: { 'li-qiang|Li Qiang': 2, 'xi|Xi': 0 }, year: { '2023|2023': 3 } },
        { person: { 'li-qiang|Li Qiang': 1 }, place: { 'china|China': 4 } },
      ]),
    ).toEqual({
      person: { 'li-qiang|Li Qiang': 3, 'xi|Xi': 0 },
      year: { '2023|2023': 3 },
      place: { 'china|China': 4 },
    });
  });
});

describe('the shards that may answer a query of several words', () => {
  // Results per shard of each word searched alone, as Pagefind's filter counts give them.
  const COUNTS: Record<string, Record<string, number>> = {
    li: { '2023': 2, '2020': 5, '2019': 9 },
    qiang: { '2023': 2, '2020': 0, '2019': 0 },
    premier: { '2023': 1, '2020': 3 },
  };
  const countsOf = async (word: string) => ({ shard: COUNTS[word.toLowerCase()] ?? {} });

  it('keeps only the shards that find every word alone, so none answers with a word left out', async () => {
    const ids = ['2023', '2020', '2019'];
    expect(await shardsKnowingEveryWord(['Li', 'Qiang'], ids, countsOf)).toEqual(['2023']);
    expect(await shardsKnowingEveryWord(['Li', 'premier'], ids, countsOf)).toEqual([
      '2023',
      '2020',
    ]);
    expect(await shardsKnowingEveryWord(['Li', 'zorblatt'], ids, countsOf)).toEqual([]);
    expect(await shardsKnowingEveryWord([], ids, countsOf)).toEqual(ids);
  });

  it('stops searching words once no shard is left', async () => {
    const searched: string[] = [];
    const counting = async (word: string) => (searched.push(word), countsOf(word));
    await shardsKnowingEveryWord(['zorblatt', 'Li', 'Qiang'], ['2023'], counting);
    expect(searched).toEqual(['zorblatt']);
  });
});

describe('the list of shards the build writes', () => {
  it('is read only when it has the expected shape', () => {
    expect(isShardList({ version: 1, shards: SHARDS })).toBe(true);
    expect(isShardList({ version: 1, shards: [] })).toBe(true);
    expect(isShardList({ version: 2, shards: SHARDS })).toBe(false);
    expect(isShardList({ version: 1, shards: [{ ...shard('2019'), id: '../x' }] })).toBe(false);
    expect(isShardList({ version: 1, shards: [{ ...shard('2019'), languages: ['en'] }] })).toBe(
      false,
    );
    expect(isShardList(null)).toBe(false);
  });
});
