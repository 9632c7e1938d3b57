import { describe, expect, it } from 'vitest';
import { findOrganizationCandidates } from '../../../src/import/entities/organizations';
import { findPersonCandidates } from '../../../src/import/entities/people';

const noPlaces = () => false;
const people = (text: string) => [...findPersonCandidates(text, noPlaces).fullNames];

describe('clean person names', () => {
  it.each([
    ['Speaker Nancy Pelosi said the vote would go ahead.', 'Nancy Pelosi'],
    ['Prosecutor Krzysztof Sierak said the case was closed.', 'Krzysztof Sierak'],
    ['Las Vegan Kathie Anderson said she would vote.', 'Kathie Anderson'],
    ['New Zealander Olaf Wiig said he was released.', 'Olaf Wiig'],
    ['Assemblyman Ray Haynes said the bill failed.', 'Ray Haynes'],
    ['Vice Governor Maria Santos said the road would open.', 'Maria Santos'],
  ])('%s → %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('keeps an Arabic name whole, particles joined to its last word included', () => {
    expect(people('Interior Ministry spokesman Mohammed Ridha al-Khafaji said the roads were open.')).toEqual(['Mohammed Ridha al-Khafaji']);
    expect(people('Energy Minister Abdulaziz bin Salman al-Saud said output would rise.')).toEqual(['Abdulaziz bin Salman al-Saud']);
  });

  it('keeps Chinese names whose surname is also an English word', () => {
    expect(people('Vice Mayor Ma Lin inspected the plant.')).toEqual(['Ma Lin']);
    expect(people('The line is ready, He Jun said on Monday.')).toEqual(['He Jun']);
    expect(people('He said the line was ready.')).toEqual([]);
  });

  it('keeps names whose first words the dictionary does not know', () => {
    expect(people('Chan Tai-man said the shop would close.')).toEqual(['Chan Tai-man']);
    expect(people('Abdul Aziz bin Salman said oil output would rise.')).toEqual(['Abdul Aziz bin Salman']);
    expect(people('Juan Manuel Santos said peace was near.')).toEqual(['Juan Manuel Santos']);
  });

  it('rejects words run together by defective input', () => {
    expect(people('The deal was signed. Abraham AccordsImage said so.')).toEqual([]);
    expect(people('Ben Bernankeis said rates would stay. Bernanke spoke for an hour.')).toEqual([]);
    expect(people('Lewis Davis said the plant would close.')).toEqual(['Lewis Davis']);
  });

  it('does not take groups, events, agreements or companies for people', () => {
    for (const text of [
      'African American voters said they were angry.',
      'Roman Catholic bishops said mass.',
      'Agence France-Presse reported the fire.',
      'Hurricane Dorian said to hit the coast, according to forecasters.',
      'The Abraham Accords said to change the region.',
      'Adam Air said flight 574 was lost.',
      'World War II veterans said they remembered.',
    ]) expect(people(text), text).toEqual([]);
  });

  it('keeps a regnal numeral', () => {
    expect(people('Queen Elizabeth II said she was pleased.')).toEqual(['Elizabeth II']);
  });
});

describe('clean organization names', () => {
  it.each([
    ['He joined the Constitution Party of America last year.', 'Constitution Party of America'],
    ['She studied at the Massachusetts Institute of Technology.', 'Massachusetts Institute of Technology'],
    ['Researchers at Australia’s Griffith University found it.', 'Griffith University'],
    ['On Tuesday the 2016 Libertarian Party of Utah ran again.', 'Libertarian Party of Utah'],
    ['Bank of Uganda Governor spoke, and Bank of Uganda Michael Atingi-Ego agreed.', 'Bank of Uganda'],
    ['the University of Miami and Chris Fallows studied sharks.', 'University of Miami'],
    ["A spokesman for Hamas' Gaza Health Ministry said.", 'Gaza Health Ministry'],
    ["Fighters of the Kurdistan Workers' Party said.", "Kurdistan Workers' Party"],
    ['Officials at the Chengdu-based Sichuan Airlines said.', 'Sichuan Airlines'],
    ['In California The California Department of Justice said.', 'California Department of Justice'],
    ['the Xinjiang University of Science and Technology said.', 'Xinjiang University of Science and Technology'],
  ])('%s → %s', (text, name) => {
    expect(findOrganizationCandidates(text)).toEqual([name]);
  });

  it('rejects a name with the next word run into it', () => {
    expect(findOrganizationCandidates('The University of Albertais a school. The University of Alberta said.')).toEqual(['University of Alberta']);
    expect(findOrganizationCandidates('The Zhuzhou Department of Homeland Securityis closed.')).toEqual([]);
    expect(findOrganizationCandidates('The University of Zagreb and the Francis Crick Institute said.')).toEqual(['University of Zagreb', 'Francis Crick Institute']);
  });

  it('a nationality and a kind of body is no body in particular', () => {
    expect(findOrganizationCandidates('A Brazilian Agency said the fire was out.')).toEqual([]);
  });

  it('two organizations joined by "and" stay two', () => {
    expect(findOrganizationCandidates('the University of Washington and Stanford University')).toEqual(['Stanford University', 'University of Washington']);
  });
});

describe('variant spellings of one entity', () => {
  it('files a person with middle initials under the name without them, and keeps the variant as an alias', async () => {
    const { canonicalNames } = await import('../../../src/import/entities/name-variants');
    const names = canonicalNames('people', [], ['Ben S. Bernanke', 'Ben Bernanke', 'George W. Bush', 'George Bush', 'George Herbert Walker Bush']);
    expect(names.get('Ben S. Bernanke')).toBe('Ben Bernanke');
    expect(names.get('George W. Bush')).toBe('George Bush');
    // Middle names that are not initials are not evidence enough.
    expect(names.get('George Herbert Walker Bush')).toBe('George Herbert Walker Bush');
  });

  it('files an organization in the singular and the plural under one name, a registered one first', async () => {
    const { canonicalNames } = await import('../../../src/import/entities/name-variants');
    expect(canonicalNames('organizations', [], ['Indian Railway', 'Indian Railways']).get('Indian Railway')).toBe('Indian Railways');
    expect(canonicalNames('organizations', ['Indian Railway'], ['Indian Railways']).get('Indian Railways')).toBe('Indian Railway');
  });
});
