/** Words run together by defective input, with a surname's own inner capital (round-4 judging). */
import { beforeAll, describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../../src/import/entities/english-words';
import { findPersonCandidates } from '../../../../src/import/entities/people';
import { isRunTogether } from '../../../../src/import/entities/run-together';

describe('a glued "is" after a surname with an inner capital', () => {
  beforeAll(() => void isEnglishWord('warm'), 60_000);
  it('is glued where the story or its headline has the word alone', () => {
    expect(isRunTogether('McAvoyis', 'Interview with Andrew McAvoy')).toBe(true);
    expect(isRunTogether('McGrueris', 'He is David McGruer.')).toBe(true);
    expect(isRunTogether('Davis', 'Davis said')).toBe(false);
  });
  it('takes the person without the glued "is", seen in the headline', () => {
    const found = findPersonCandidates(
      'Andrew McAvoyis running for the Green Party of Ontario in the provincial election.',
      () => false,
      'Interview with Green candidate Andrew McAvoy',
    );
    expect([...found.fullNames]).not.toContain('Andrew McAvoyis');
  });
});

describe('ranks and parts of documents', () => {
  it('takes no person from a rank or a chapter', () => {
    const found = findPersonCandidates(
      'He was Lance Cpl. Jonathan Hetherington and was shot dead. "Unanimously adopting under Article 41 of the Charter’s Chapter VII, the Council decided," said Ambassador Jones.',
      () => false,
    );
    expect([...found.fullNames]).not.toContain('Lance Cpl');
    expect([...found.fullNames]).not.toContain('Chapter VII');
    expect([...found.fullNames]).toContain('Jonathan Hetherington');
  });
});

describe('a glued "is" after a short surname', () => {
  it('is glued where the story has the short word alone (round-5 judging)', () => {
    const text = 'He dropped out to back Rae. "I am convinced that Bob Raeis the best person."';
    expect(isRunTogether('Raeis', text)).toBe(true);
    // Invented: the same shape.
    expect(isRunTogether('Kaeis', 'Ana Kae spoke. Ana Kaeis here.')).toBe(true);
  });
  it('is a name of its own where the story never has the short word alone', () => {
    expect(isRunTogether('Raeis', 'Bob Raeis spoke.')).toBe(false);
    expect(isRunTogether('Lewis', 'Lewis said')).toBe(false);
  });
});
