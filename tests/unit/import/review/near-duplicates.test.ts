import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../src/lib/slug';
import { editDistance } from '../../../../src/import/review/edit-distance';
import { findNearDuplicates } from '../../../../src/import/review/near-duplicates';

describe('near-duplicates', () => {
  const entries = (names: string[]) => names.map((name) => ({ id: slugify(name), name }));
  const pairs = (names: string[], personNames = true) => {
    const found = findNearDuplicates(entries(names), { personNames });
    return [...found]
      .flatMap(([id, others]) =>
        others.filter((other) => id < other.id).map((other) => `${id} ~ ${other.id}: ${other.why}`),
      )
      .sort();
  };

  it("finds the issue's people under two spellings, and no one else", () => {
    expect(
      pairs([
        'Ben Bernanke',
        'Ben S. Bernanke',
        'Ben Bernankeis',
        'Yasser Arafat',
        'Yassar Arafat',
        'Adolf Hilter',
        'Adolf Hitler',
        'Speaker Nancy Pelosi',
        'Nancy Pelosi',
        'Li Peng',
        'Li Ping',
        'George Bush',
        'Laura Bush',
        'John Smith',
        'Jane Smith',
      ]),
    ).toEqual([
      'adolf-hilter ~ adolf-hitler: the same given name, surnames one letter apart',
      'ben-bernanke ~ ben-bernankeis: the same name with "is" glued on',
      'ben-bernanke ~ ben-s-bernanke: the same name but for an initial',
      'ben-bernankeis ~ ben-s-bernanke: the same name but for an initial',
      'nancy-pelosi ~ speaker-nancy-pelosi: ends with the whole name "Nancy Pelosi"',
      'yassar-arafat ~ yasser-arafat: the same surname, given names one letter apart',
    ]);
  });

  it('lists the variants the importer does not merge: a surname a letter apart or with its particle', () => {
    expect(
      pairs([
        'Ken Mehlman',
        'Ken Melhman',
        'Salam Zaubai',
        'Salam al-Zaubai',
        'Jo Hodson',
        'Jo Hodgson',
        'Pedro Simon',
        'Peter Simon',
        'Li Ming',
        'Li Ning',
      ]),
    ).toEqual([
      'jo-hodgson ~ jo-hodson: the same given name, surnames one letter apart',
      'ken-mehlman ~ ken-melhman: the same given name, surnames one letter apart',
      'salam-al-zaubai ~ salam-zaubai: the same name but for a particle',
    ]);
  });

  it('lists a short form of the given name with the same surname for the editor, Pat and Patricia apart', () => {
    expect(
      pairs([
        'Chuck Schumer',
        'Charles Schumer',
        'Eddie Stobart',
        'Edward Stobart',
        // Invented.
        'Bob Tallis',
        'Robert Tallis',
        'Pat Quinlan',
        'Patricia Quinlan',
        'Peter Quinlan',
      ]),
    ).toEqual([
      'bob-tallis ~ robert-tallis: the same surname, a short form of the given name',
      'charles-schumer ~ chuck-schumer: the same surname, a short form of the given name',
      'eddie-stobart ~ edward-stobart: the same surname, a short form of the given name',
      'pat-quinlan ~ patricia-quinlan: the same surname, a short form of the given name',
    ]);
  });

  it('finds organizations a letter apart or with a word in front', () => {
    expect(
      pairs(
        [
          'Indian Railway',
          'Indian Railways',
          'Socialist Party',
          '2016 Socialist Party',
          'Green Party',
        ],
        false,
      ),
    ).toEqual([
      '2016-socialist-party ~ socialist-party: ends with the whole name "Socialist Party"',
      'indian-railway ~ indian-railways: spelt one letter apart',
    ]);
  });

  it('compares names only within their buckets, so a large registry stays fast', () => {
    // 20,000 people sharing 150 given names: all pairs would be 200 million comparisons.
    let seed = 1;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const word = (length: number) =>
      Array.from({ length }, (_, at) => {
        const letter = 'abcdefghijklmnoprstuvwy'[Math.floor(random() * 23)]!;
        return at === 0 ? letter.toUpperCase() : letter;
      }).join('');
    const givenNames = Array.from({ length: 150 }, () => word(4 + Math.floor(random() * 4)));
    const many = Array.from({ length: 20_000 }, (_, n) => ({
      id: `person-${n}`,
      name: `${givenNames[n % 150]} ${word(5 + Math.floor(random() * 5))}`,
    }));
    const started = performance.now();
    findNearDuplicates(many, { personNames: true });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('counts a swap of two letters as one edit and stops past the limit', () => {
    expect(editDistance('hilter', 'hitler')).toBe(1);
    expect(editDistance('railway', 'railways')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});
