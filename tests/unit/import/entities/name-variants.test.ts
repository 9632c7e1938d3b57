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
  });

  it('files a person with one middle name under the name without it, unless another middle name shares it', async () => {
    const { canonicalNames } = await import('../../../../src/import/entities/name-variants');
    const names = canonicalNames(
      'people',
      ['Henry Hyde'],
      [
        'Henry John Hyde',
        'Lyndon Baines Johnson',
        'Lyndon B. Johnson',
        'James Earl Jones',
        'James Parker Jones',
        'James Jones',
        'Shane Gregory Kent',
      ],
    );
    expect(names.get('Henry John Hyde')).toBe('Henry Hyde');
    expect(names.get('Lyndon Baines Johnson')).toBe('Lyndon B. Johnson');
    expect(names.get('James Earl Jones')).toBe('James Earl Jones');
    expect(names.get('James Parker Jones')).toBe('James Parker Jones');
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
