import { describe, expect, it } from 'vitest';
import { isUntouched, keepImporterOwned, serialiseArticle } from '../../../src/import/writer';

const imported = serialiseArticle(
  { title: 'Woolworths limits toilet paper', date: '2020-03-13', people: ['Woolworths'] },
  'Woolworths and Coles lowered their limits.',
);
const reviewed = (text: string) => text.replace('people:\n  - "Woolworths"\n', 'people: []\n');

describe('keepImporterOwned', () => {
  it("renews the hash of a file the importer owned, so a review command's rewrite stays its", () => {
    const after = keepImporterOwned(imported, reviewed(imported));
    expect(after).not.toContain('"Woolworths"');
    expect(isUntouched(after)).toBe(true);
  });

  it('leaves a file a person edited as edited', () => {
    const edited = imported.replace('Woolworths limits', 'Supermarkets limit');
    const after = keepImporterOwned(edited, reviewed(edited));
    expect(after).toBe(reviewed(edited));
    expect(isUntouched(after)).toBe(false);
  });
});
