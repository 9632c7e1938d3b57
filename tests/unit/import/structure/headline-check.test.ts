/** The last check on a built headline (headline-check.ts): each fault with an example. */
import { describe, expect, it } from 'vitest';
import { headlineFaults } from '../../../../src/import/structure/headline-check';

describe('headline check', () => {
  it.each([
    ['Minister says "We will not give up', 'unbalanced quotes'],
    ['Dockworkers end strike after', 'ends on a preposition, article or conjunction'],
    ['It says prices will rise', 'a pronoun for its subject'],
    ["Council declares Maduro winner of's election", 'a broken possessive'],
    // round 4: a fragment or a dateline is no headline (held-out-4 m14, m16; then our own)
    ['It in Zimbabwe', 'no verb'],
    ['Dar es Salaam', 'no verb'],
    ['Photos of the week from Lagos', 'no verb'],
    ['“We in Hong Kong', 'unbalanced quotes'],
  ])('%s: %s', (headline, fault) => {
    expect(headlineFaults(headline)).toContain(fault);
  });

  it('passes a sound headline, a quote and a possessive', () => {
    expect(headlineFaults('Osama Rabie says "Revenues fell by 60 percent"')).toEqual([]);
    expect(headlineFaults("Its rival's shares fall 5 percent in Hong Kong")).toEqual([]);
    // a present tense the tagger reads as a noun is still a verb
    expect(headlineFaults('Oman scraps visa fees for visitors from 40 countries')).toEqual([]);
    expect(
      headlineFaults('Lisbon dockworkers end nine-day strike after union accepts pay deal'),
    ).toEqual([]);
  });
});
