/** Roles and ownerless committees are no organizations; examples from the round-4 judging. */
import { beforeAll, describe, expect, it } from 'vitest';
import { isEnglishWord } from '../../../../src/import/entities/english-words';
import {
  isOwnerlessCommittee,
  isRolePhrase,
} from '../../../../src/import/entities/generic-organizations';
import { findOrganizationsInContext } from '../../../../src/import/entities/organization-cues';
import {
  cleanOrganizationName,
  findOrganizationCandidates,
  isOrganizationShaped,
} from '../../../../src/import/entities/organizations';

describe('generic organization names', () => {
  // The dictionary's 274k words load on first use: slow on a busy machine.
  beforeAll(() => void isEnglishWord('committee'), 60_000);
  it('takes a role for no body', () => {
    for (const name of [
      'Chief Executive Office',
      'Members of Parliament',
      'Member of Parliament',
      'Prime Ministry',
    ]) {
      expect(isRolePhrase(name)).toBe(true);
      expect(isOrganizationShaped(name)).toBe(false);
    }
  });
  it('keeps a body whose name opens with a title and goes on with a name', () => {
    expect(isRolePhrase('King Abdullah University')).toBe(false);
    expect(isRolePhrase('Prime Television')).toBe(false);
    expect(isOrganizationShaped('Ministry of Defence')).toBe(true);
  });
  it('takes a committee with one ordinary word for a fragment, not one with a name', () => {
    for (const name of ['Ethics Committee', 'Intelligence Committee', 'Football Committee'])
      expect(isOwnerlessCommittee(name)).toBe(true);
    expect(isOwnerlessCommittee('Kerner Committee')).toBe(false);
    expect(isOwnerlessCommittee('House Ethics Committee')).toBe(false);
    expect(isOrganizationShaped('Olympic Committee')).toBe(false);
  });
});

describe('a bank that is a river bank', () => {
  it('takes "West Bank" for no lender, nor the place listed with it', () => {
    const text =
      'Guerilla groups display their weapons in the Gaza Strip and West Bank, the Palestinian Authority said.';
    const byForm = findOrganizationCandidates(text);
    expect(byForm).not.toContain('West Bank');
    expect(
      findOrganizationsInContext(text, { isPlaceName: () => false, people: new Set(), byForm })
        .names,
    ).not.toContain('Gaza Strip');
    expect(findOrganizationCandidates('The Central Bank of Kenya raised rates.')).toContain(
      'Central Bank of Kenya',
    );
  });
});

describe('names cut short or run together', () => {
  it('takes no fragment of a name that goes on with "for"', () => {
    const names = findOrganizationCandidates(
      'Neuroscientists from the Netherlands Institute for Neuroscience examined rats. The Vancouver Organizing Committee for the 2010 Olympic and Paralympic Winter Games (VANOC) said so.',
    );
    expect(names).not.toContain('Netherlands Institute');
    expect(names).not.toContain('Vancouver Organizing Committee');
  });
  it('ends a name at "and the"', () => {
    expect(cleanOrganizationName('Plaid Cymru and the Assembly')).toBe('Plaid Cymru');
    expect(cleanOrganizationName('Department of Health and Human Services')).toBe(
      'Department of Health and Human Services',
    );
  });
});

describe('the ends of a fragment', () => {
  it('takes neither an ordinal alone nor a name that stops at "of the"', () => {
    expect(isOrganizationShaped('11th')).toBe(false);
    expect(isOrganizationShaped('Executive Office of the')).toBe(false);
    expect(isOrganizationShaped('3M')).toBe(true);
  });
});
