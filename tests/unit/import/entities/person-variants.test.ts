import { describe, expect, it } from 'vitest';

const load = () => import('../../../../src/import/entities/name-variants');

describe('spelling variants of one person, merged on strong evidence', () => {
  it('files a name under the same name without accents or with another case', async () => {
    const { canonicalNames } = await load();
    // Real: the archive writes the Turkish general both ways; "ı" has no Unicode decomposition.
    const names = canonicalNames(
      'people',
      [],
      [
        'Yasar Buyukanit',
        'Yaşar Büyükanıt',
        'Lech Wałęsa',
        'Lech Walesa',
        'Omar Al-Bashir',
        'Omar al-Bashir',
      ],
      (name) => (name === 'Lech Wałęsa' ? 3 : 1),
    );
    expect(names.get('Yaşar Büyükanıt')).toBe(names.get('Yasar Buyukanit'));
    // Equal spellings: the one more stories write.
    expect(names.get('Lech Walesa')).toBe('Lech Wałęsa');
    // Invented: the case of a particle.
    expect(names.get('Omar Al-Bashir')).toBe(names.get('Omar al-Bashir'));
  }, 30_000); // the first test loads the lexicon (compromise)

  it('files names with extra middle names under the name without them when all are parts of one longest form', async () => {
    const { canonicalNames } = await load();
    const names = canonicalNames(
      'people',
      [],
      ['Omar Hassan Ahmad al-Bashir', 'Omar Hassan al-Bashir', 'Omar al-Bashir'],
    );
    expect(names.get('Omar Hassan Ahmad al-Bashir')).toBe('Omar al-Bashir');
    expect(names.get('Omar Hassan al-Bashir')).toBe('Omar al-Bashir');
    // Invented: an initial for a middle name is part of it.
    const invented = canonicalNames(
      'people',
      [],
      ['Kofi Atta Annan', 'Kofi A. Annan', 'Kofi Annan'],
    );
    expect(invented.get('Kofi Atta Annan')).toBe('Kofi Annan');
  });

  it('does not file middle names under a name written with another given name or surname, or a common surname', async () => {
    const { canonicalNames } = await load();
    // Real: Antonio Maria Costa (UN drugs office) is not António Costa (Portugal).
    const names = canonicalNames(
      'people',
      [],
      ['Antonio Maria Costa', 'António Costa', 'John Gunther Dean', 'John Dean'],
    );
    expect(names.get('Antonio Maria Costa')).toBe('Antonio Maria Costa');
    // "Dean" is also a word: two people are as likely as one.
    expect(names.get('John Gunther Dean')).toBe('John Gunther Dean');
  });

  it('never merges a short form of the given name: "Eddie" and "Edward Stobart" were father and son', async () => {
    const { canonicalNames } = await load();
    const names = canonicalNames(
      'people',
      [],
      ['Chuck Schumer', 'Charles Schumer', 'Eddie Stobart', 'Edward Stobart'],
    );
    expect(names.get('Chuck Schumer')).toBe('Chuck Schumer');
    expect(names.get('Eddie Stobart')).toBe('Eddie Stobart');
    // Invented.
    const bobs = canonicalNames('people', [], ['Bob Tallis', 'Robert Tallis']);
    expect(new Set(bobs.values()).size).toBe(2);
  });

  it('does not merge two different people who share a surname', async () => {
    const { canonicalNames } = await load();
    // Real: both Bill and William Clinton would be one, but Hillary Clinton shares the surname.
    const names = canonicalNames(
      'people',
      [],
      ['Bill Clinton', 'William Clinton', 'Hillary Clinton'],
    );
    expect(names.get('William Clinton')).toBe('William Clinton');
    expect(names.get('Hillary Clinton')).toBe('Hillary Clinton');
    // Pedro and Peter are two languages' names, never merged: "Pedro Simon" is not "Peter Simon".
    const simons = canonicalNames('people', [], ['Pedro Simon', 'Peter Simon']);
    expect(simons.get('Pedro Simon')).toBe('Pedro Simon');
    // Invented: one letter apart is the review's to judge, not a merge.
    const near = canonicalNames('people', [], ['Ken Mehlman', 'Ken Melhman']);
    expect(near.get('Ken Melhman')).toBe('Ken Melhman');
  });

  it('files a name with a word or an "s" glued to its end under the name without it', async () => {
    const { canonicalNames } = await load();
    const names = canonicalNames(
      'people',
      [],
      [
        'Condoleezza Rice',
        'Condoleezza Rice Source',
        'Matthew Hill',
        'Matthew Hill Wikipedia',
        'Nellie McClung',
        'Nellie McClungs',
        'John Lewis',
        'John Lewis Partnership',
      ],
      (name) => (name === 'Nellie McClungs' ? 9 : 1),
    );
    expect(names.get('Condoleezza Rice Source')).toBe('Condoleezza Rice');
    expect(names.get('Matthew Hill Wikipedia')).toBe('Matthew Hill');
    // The glued form never names the page, however many stories write it.
    expect(names.get('Nellie McClungs')).toBe('Nellie McClung');
    // A company named after a person is not the person.
    expect(names.get('John Lewis Partnership')).toBe('John Lewis Partnership');
    // Invented: a word that is someone's surname in the archive may be a surname here too.
    const rice = canonicalNames('people', [], ['Anna Marie', 'Anna Marie Rice', 'Susan Rice']);
    expect(rice.get('Anna Marie Rice')).toBe('Anna Marie Rice');
  });

  it('keeps a registered name as its own entry and files learnt variants under it', async () => {
    const { canonicalNames } = await load();
    const names = canonicalNames('people', ['Yaşar Büyükanıt'], ['Yasar Buyukanit']);
    expect(names.get('Yasar Buyukanit')).toBe('Yaşar Büyükanıt');
    expect(names.get('Yaşar Büyükanıt')).toBe('Yaşar Büyükanıt');
  });
});
