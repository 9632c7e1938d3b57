import { describe, expect, it } from 'vitest';

describe('variant spellings of one entity', () => {
  it('files a person with middle initials under the name without them, and keeps the variant as an alias', async () => {
    const { canonicalNames } = await import('../../../../src/import/entities/name-variants');
    const names = canonicalNames(
      'people',
      [],
      [
        'Ben S. Bernanke',
        'Ben Bernanke',
        'George W. Bush',
        'George Bush',
        'George Herbert Walker Bush',
      ],
    );
    expect(names.get('Ben S. Bernanke')).toBe('Ben Bernanke');
    expect(names.get('George W. Bush')).toBe('George Bush');
    // Middle names that are not initials are not evidence enough.
    expect(names.get('George Herbert Walker Bush')).toBe('George Herbert Walker Bush');
  }, 30_000); // the first test loads the lexicon (compromise)

  it('files a person with one middle name under the name without it, unless another middle name or common words make it doubtful', async () => {
    const { canonicalNames } = await import('../../../../src/import/entities/name-variants');
    const names = canonicalNames(
      'people',
      ['Robert Mugabe'],
      [
        'Robert Gabriel Mugabe',
        'Lyndon Baines Johnson',
        'Lyndon B. Johnson',
        'Asif Ali Zardari',
        'Asif Zardari',
        'Omar Hassan al-Bashir',
        'Omar Ahmad al-Bashir',
        'Omar al-Bashir',
        'John Bel Edwards',
        'John Edwards',
        'Shane Gregory Kent',
        'Abu Musab al-Zarqawi',
        'Abu al-Zarqawi',
      ],
    );
    expect(names.get('Abu Musab al-Zarqawi')).toBe('Abu Musab al-Zarqawi');
    expect(names.get('Robert Gabriel Mugabe')).toBe('Robert Mugabe');
    expect(names.get('Asif Ali Zardari')).toBe('Asif Zardari');
    // Two middle names between the same words: which one would "Omar al-Bashir" be?
    expect(names.get('Omar Hassan al-Bashir')).toBe('Omar Hassan al-Bashir');
    // A common given name and a common surname: two people as likely as one.
    expect(names.get('John Bel Edwards')).toBe('John Bel Edwards');
    expect(names.get('Lyndon Baines Johnson')).toBe('Lyndon Baines Johnson');
    // No shorter form written anywhere: the name stands as it is.
    expect(names.get('Shane Gregory Kent')).toBe('Shane Gregory Kent');
  });

  it('files an organization in the singular and the plural under one name, a registered one first', async () => {
    const { canonicalNames } = await import('../../../../src/import/entities/name-variants');
    expect(
      canonicalNames('organizations', [], ['Indian Railway', 'Indian Railways']).get(
        'Indian Railway',
      ),
    ).toBe('Indian Railways');
    expect(
      canonicalNames('organizations', ['Indian Railway'], ['Indian Railways']).get(
        'Indian Railways',
      ),
    ).toBe('Indian Railway');
  });
});
