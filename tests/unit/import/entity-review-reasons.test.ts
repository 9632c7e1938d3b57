/**
 * The editor's review: why an entry is likely wrong (issue 13's examples) and
 * which entries are one entity under two names.
 */
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/lib/entities/entities';
import { slugify } from '../../../src/lib/slug';
import { editDistance } from '../../../src/import/review/edit-distance';
import { findNearDuplicates } from '../../../src/import/review/near-duplicates';
import { knownNamesOf, nameReasons, storyReason } from '../../../src/import/review/reasons';

const known = knownNamesOf([
  'Abraham Accords', 'Ben Bernanke', 'New York Times', 'Department of Homeland Security', 'Michael Chertoff', 'New York',
]);
const codes = (kind: EntityKind, name: string) => nameReasons(kind, name, known).map((reason) => reason.code);

describe('review reasons', () => {
  it.each([
    ['Speaker Nancy Pelosi', 'title-in-name'],
    ['Prosecutor Krzysztof Sierak', 'title-in-name'],
    ['Assemblyman Ray Haynes', 'title-in-name'],
    ['York Attorney-General Eliot Spitzer', 'title-in-name'],
    ['Affairs Joschka Fischer', 'leading-fragment'],
    ['Zealander Olaf Wiig', 'leading-fragment'],
    ['Abraham AccordsImage', 'glued-words'],
    ['Ben Bernankeis', 'glued-words'],
    ['York Timesis', 'glued-words'],
    ['African American', 'wrong-kind'],
    ['Roman Catholic', 'wrong-kind'],
    ['Hurricane Dorian', 'wrong-kind'],
    ['Abraham Accords', 'wrong-kind'],
    ['Agence France-Presse', 'wrong-kind'],
    ['Adam Air', 'wrong-kind'],
    ['Adelaide Oval', 'wrong-kind'],
    ['World War II', 'wrong-kind'],
    ['Department of Homeland Security Michael Chertoff', 'two-names'],
    ['Wiranto', 'one-word'],
  ])('people: "%s" is flagged %s', (name, code) => {
    expect(codes('people', name)).toContain(code);
  });

  it('says what it found, in words', () => {
    expect(nameReasons('people', 'Abraham AccordsImage', known)).toContainEqual({
      code: 'glued-words', text: '"AccordsImage" looks like "Accords" and "Image" run together',
    });
    expect(nameReasons('people', 'Speaker Nancy Pelosi', known)).toEqual([
      { code: 'title-in-name', text: 'a title or role inside the name ("Speaker")' },
    ]);
  });

  it.each([
    ['March', 'common-word'],
    ['Clinton', 'common-word'],
    ['Douglas', 'common-word'],
    ['Union', 'wrong-kind'],
    ['University', 'wrong-kind'],
    ['Summit', 'wrong-kind'],
  ])('places: "%s" is flagged %s', (name, code) => {
    expect(codes('places', name)).toContain(code);
  });

  it.each([
    ['2016 Socialist Party', 'starts-with-a-date'],
    ["Tuesday's Democratic Party", 'starts-with-a-date'],
    ['University of Washington and Stanford University', 'two-names'],
    ['University of Miami and Chris Fallows', 'two-names'],
  ])('organizations: "%s" is flagged %s', (name, code) => {
    expect(codes('organizations', name)).toContain(code);
  });

  it.each([
    ['people', 'Nancy Pelosi'], ['people', 'Li Qiang'], ['people', 'Juan Manuel Santos'], ['people', 'Ursula von der Leyen'],
    ['people', 'Douglas MacArthur'], ['people', 'LeBron James'], ['people', 'Carl Lewis'], ['places', 'Paris'],
    ['places', 'Changsha'], ['organizations', 'Ministry of Science and Technology'], ['organizations', 'Indian Railways'],
  ] as [EntityKind, string][])('%s: "%s" has nothing wrong with its name', (kind, name) => {
    expect(codes(kind, name)).toEqual([]);
  });

  it('flags entries named by one story or none', () => {
    expect(storyReason(0)?.code).toBe('no-story');
    expect(storyReason(1)?.code).toBe('one-story');
    expect(storyReason(2)).toBeUndefined();
  });
});

describe('near-duplicates', () => {
  const entries = (names: string[]) => names.map((name) => ({ id: slugify(name), name }));
  const pairs = (names: string[], personNames = true) => {
    const found = findNearDuplicates(entries(names), { personNames });
    return [...found].flatMap(([id, others]) => others.filter((other) => id < other.id).map((other) => `${id} ~ ${other.id}: ${other.why}`)).sort();
  };

  it('finds the issue\'s people under two spellings, and no one else', () => {
    expect(pairs([
      'Ben Bernanke', 'Ben S. Bernanke', 'Ben Bernankeis', 'Yasser Arafat', 'Yassar Arafat', 'Adolf Hilter', 'Adolf Hitler',
      'Speaker Nancy Pelosi', 'Nancy Pelosi', 'Li Peng', 'Li Ping', 'George Bush', 'Laura Bush', 'John Smith', 'Jane Smith',
    ])).toEqual([
      'adolf-hilter ~ adolf-hitler: spelt one letter apart',
      'ben-bernanke ~ ben-bernankeis: the same name with "is" glued on',
      'ben-bernanke ~ ben-s-bernanke: the same name but for an initial',
      'ben-bernankeis ~ ben-s-bernanke: the same name but for an initial',
      'nancy-pelosi ~ speaker-nancy-pelosi: ends with the whole name "Nancy Pelosi"',
      'yassar-arafat ~ yasser-arafat: the same surname, given names one letter apart',
    ]);
  });

  it('finds organizations a letter apart or with a word in front', () => {
    expect(pairs(['Indian Railway', 'Indian Railways', 'Socialist Party', '2016 Socialist Party', 'Green Party'], false)).toEqual([
      '2016-socialist-party ~ socialist-party: ends with the whole name "Socialist Party"',
      'indian-railway ~ indian-railways: spelt one letter apart',
    ]);
  });

  it('compares names only within their buckets, so a large registry stays fast', () => {
    // 20,000 people sharing 150 given names: all pairs would be 200 million comparisons.
    let seed = 1;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const word = (length: number) => Array.from({ length }, (_, at) => {
      const letter = 'abcdefghijklmnoprstuvwy'[Math.floor(random() * 23)]!;
      return at === 0 ? letter.toUpperCase() : letter;
    }).join('');
    const givenNames = Array.from({ length: 150 }, () => word(4 + Math.floor(random() * 4)));
    const many = Array.from({ length: 20_000 }, (_, n) => ({ id: `person-${n}`, name: `${givenNames[n % 150]} ${word(5 + Math.floor(random() * 5))}` }));
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
