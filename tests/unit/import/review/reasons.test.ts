import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../../src/lib/entities/entities';
import { knownNamesOf, nameReasons, storyReason } from '../../../../src/import/review/reasons';

const known = knownNamesOf([
  'Abraham Accords',
  'Ben Bernanke',
  'New York Times',
  'Department of Homeland Security',
  'Michael Chertoff',
  'New York',
]);

const codes = (kind: EntityKind, name: string) =>
  nameReasons(kind, name, known).map((reason) => reason.code);

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
      code: 'glued-words',
      text: '"AccordsImage" looks like "Accords" and "Image" run together',
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
    ['people', 'Nancy Pelosi'],
    ['people', 'Li Qiang'],
    ['people', 'Juan Manuel Santos'],
    ['people', 'Ursula von der Leyen'],
    ['people', 'Douglas MacArthur'],
    ['people', 'LeBron James'],
    ['people', 'Carl Lewis'],
    ['places', 'Paris'],
    ['places', 'Changsha'],
    ['organizations', 'Ministry of Science and Technology'],
    ['organizations', 'Indian Railways'],
  ] as [EntityKind, string][])('%s: "%s" has nothing wrong with its name', (kind, name) => {
    expect(codes(kind, name)).toEqual([]);
  });

  it('flags entries named by one story or none', () => {
    expect(storyReason(0)?.code).toBe('no-story');
    expect(storyReason(1)?.code).toBe('one-story');
    expect(storyReason(2)).toBeUndefined();
  });
});
