import { describe, expect, it } from 'vitest';
import {
  articleFilters,
  decodeFilterValue,
  encodeFilterValue,
} from '../../../../src/lib/search/filters';

describe('search filter values', () => {
  it('carry an id and a display name, exactly', () => {
    expect(encodeFilterValue({ id: 'changsha', name: 'Changsha' })).toBe('changsha|Changsha');
    expect(decodeFilterValue('changsha|Changsha')).toEqual({ id: 'changsha', name: 'Changsha' });
    // A name may contain the separator; the id never does.
    expect(decodeFilterValue(encodeFilterValue({ id: 'a-b', name: 'A | B  Ltd' }))).toEqual({
      id: 'a-b',
      name: 'A | B Ltd',
    });
    expect(decodeFilterValue('2023')).toEqual({ id: '2023', name: '2023' });
  });

  it('refuse an id that could not be told apart from its name', () => {
    expect(() => encodeFilterValue({ id: 'a|b', name: 'A' })).toThrow(/search filter id/);
    expect(() => encodeFilterValue({ id: 'a b', name: 'A' })).toThrow(/search filter id/);
    expect(() => encodeFilterValue({ id: '', name: 'A' })).toThrow(/search filter id/);
  });

  it('are listed for an article: entities by their ids, year, source and topics by slug', () => {
    const filters = articleFilters(
      { date: '2023-03-22', source: 'Xinhua News Agency', topics: ['Economy and business'] },
      {
        people: [{ id: 'li-qiang', name: 'Li Qiang' }],
        places: [{ id: 'changsha', name: 'Changsha' }],
        organizations: [],
      },
    );
    expect(filters).toEqual({
      person: ['li-qiang|Li Qiang'],
      place: ['changsha|Changsha'],
      topic: ['economy-and-business|Economy and business'],
      year: ['2023|2023'],
      source: ['xinhua-news-agency|Xinhua News Agency'],
    });
    expect(
      articleFilters({ date: '2019-01-04' }, { people: [], places: [], organizations: [] }),
    ).toEqual({ year: ['2019|2019'] });
  });
});
