import { describe, expect, it } from 'vitest';
import { rankRelated, type RelatedInput } from '../../../src/lib/related';

// A small archive: who and what each story names.
const archive: (RelatedInput & { name: string })[] = [
  {
    name: 'hunan-visit',
    date: '2023-03-22',
    entities: ['people/li-qiang', 'places/hunan', 'places/changsha', 'organizations/state-council'],
  },
  {
    name: 'changsha-metro',
    date: '2023-05-10',
    entities: ['places/changsha', 'places/hunan', 'organizations/state-council'],
  },
  {
    name: 'premier-in-hunan-2022',
    date: '2022-01-05',
    entities: ['people/li-qiang', 'places/hunan', 'places/changsha'],
  },
  {
    name: 'premier-speech',
    date: '2023-03-25',
    entities: ['people/li-qiang', 'organizations/state-council'],
  },
  { name: 'premier-trip', date: '2023-03-20', entities: ['people/li-qiang', 'places/beijing'] },
  { name: 'premier-old', date: '2010-01-01', entities: ['people/li-qiang'] },
  { name: 'unrelated', date: '2023-03-22', entities: ['people/someone-else', 'places/paris'] },
  { name: 'nobody', date: '2023-03-22', entities: [] },
];
const names = (ranked: number[]) => ranked.map((index) => archive[index]!.name);

describe('related stories', () => {
  const ranked = rankRelated(archive);

  it('ranks by shared entities, then nearness in time', () => {
    // 3 shared: metro (48 days away) and 2022 visit (441 days): nearer first.
    // 2 shared: the speech. 1 shared: the trip (2 days) before the 2010 story.
    expect(names(ranked[0]!)).toEqual([
      'changsha-metro',
      'premier-in-hunan-2022',
      'premier-speech',
      'premier-trip',
      'premier-old',
    ]);
  });

  it('never lists the story itself or stories that share nothing', () => {
    for (const [index, list] of ranked.entries()) {
      expect(list).not.toContain(index);
      expect(names(list)).not.toContain('unrelated');
      expect(names(list)).not.toContain('nobody');
    }
    expect(ranked[6]).toEqual([]);
    expect(ranked[7]).toEqual([]);
  });

  it('keeps at most `limit` stories', () => {
    expect(rankRelated(archive, { limit: 2 })[0]!.map((index) => archive[index]!.name)).toEqual([
      'changsha-metro',
      'premier-in-hunan-2022',
    ]);
  });

  it('breaks a tie in distance by preferring the newer story', () => {
    const tie = rankRelated([
      { date: '2020-01-10', entities: ['e'] },
      { date: '2020-01-05', entities: ['e'] },
      { date: '2020-01-15', entities: ['e'] },
    ]);
    expect(tie[0]).toEqual([2, 1]);
  });

  it('takes from a common entity only the stories nearest in time', () => {
    // Forty stories a day apart all name "e"; with a window of 3, the one of
    // 20 January sees only its three neighbours on either side.
    const day = (offset: number) =>
      new Date(Date.UTC(2020, 0, 1 + offset)).toISOString().slice(0, 10);
    const common = Array.from({ length: 40 }, (_, offset) => ({
      date: day(offset),
      entities: ['e'],
    }));
    const middle = common.findIndex((story) => story.date === '2020-01-20');
    const related = rankRelated(common, { window: 3, limit: 10 })[middle]!;
    expect(related.map((index) => common[index]!.date).sort()).toEqual([
      '2020-01-17',
      '2020-01-18',
      '2020-01-19',
      '2020-01-21',
      '2020-01-22',
      '2020-01-23',
    ]);
  });
});
