/** A place name that stands for a sports club or a holiday is no mention of the place (issue 13). */
import { describe, expect, it } from 'vitest';
import { hasPlaceCue, isPartOfLongerName } from '../../../../src/lib/entities/mention-cues';
import type { WordKnowledge } from '../../../../src/lib/entities/tagging-rules';

const words: WordKnowledge = {
  isDictionaryWord: () => false,
  isPersonNameWord: () => false,
  isKnownProperName: () => true,
  isNameWord: (word) => !/^(?:The|A|In)$/.test(word),
};

/** Whether `name`'s first mention in `text` is part of something else's name. */
function partOfAnotherName(text: string, name: string): boolean {
  const start = text.indexOf(name);
  return isPartOfLongerName(text, { name, start, end: start + name.length }, words);
}

describe('a place name before a team word names the club', () => {
  it.each([
    // Round 5 of the judged registry: "Wolfsburg" tagged from "Wolfsburg player".
    ['The former Wolfsburg player signed a new contract.', 'Wolfsburg'],
    // Invented, same shape.
    ['The Bristol striker scored twice on Saturday.', 'Bristol'],
    ['Angry Leeds fans gathered outside the ground.', 'Leeds'],
  ])('%s', (text, name) => {
    expect(partOfAnotherName(text, name)).toBe(true);
  });
  it('leaves the town itself alone', () => {
    expect(partOfAnotherName('The plant in Wolfsburg employs 60,000 people.', 'Wolfsburg')).toBe(
      false,
    );
    expect(partOfAnotherName('Players from Bristol travelled north.', 'Bristol')).toBe(false);
  });
});

describe('a place name before "Day" names the holiday', () => {
  it.each([
    // Round 5: "Waitangi" (Waitangi Day) resolved to a place.
    ['Crowds gathered on Waitangi Day to mark the treaty.', 'Waitangi'],
    // Invented, same shape.
    ['Fireworks lit the sky on Anzac Day.', 'Anzac'],
  ])('%s', (text, name) => {
    expect(partOfAnotherName(text, name)).toBe(true);
  });
});

describe('a place name inside a riding named after several places', () => {
  it.each([
    // Whole-corpus import (2026-12-03 judging): Wellington tagged from the riding's name.
    ['He held a seat in the riding of Dufferin—Peel—Wellington—Grey.', 'Wellington'],
    // Round 5 of the judged registry: "Vanier" from "Ottawa—Vanier".
    ['She won Ottawa—Vanier by 4,000 votes.', 'Vanier'],
    // Invented, same shape.
    ['The riding of Kitchener-Conestoga-Waterloo voted Liberal.', 'Waterloo'],
  ])('%s', (text, name) => {
    expect(partOfAnotherName(text, name)).toBe(true);
  });
  it('leaves two places joined by a hyphen or an en dash alone', () => {
    expect(partOfAnotherName('Flights on the Dallas–Fort Worth route resumed.', 'Dallas')).toBe(
      false,
    );
    expect(partOfAnotherName('Talks on the Seoul-Pyongyang railway stalled.', 'Pyongyang')).toBe(
      false,
    );
  });
  it('leaves the places of a route alone', () => {
    // Whole-corpus import: the Baku-Tbilisi-Ceyhan pipeline; a Romanian road route.
    expect(partOfAnotherName('It is named the Baku-Tbilisi-Ceyhan pipeline.', 'Tbilisi')).toBe(
      false,
    );
    expect(partOfAnotherName('Drivers can take the route Târgu Jiu-Brezoi-Sibiu.', 'Brezoi')).toBe(
      false,
    );
  });
});

describe('a county written before a name says the name is where it lies', () => {
  const cued = (text: string, name: string) => {
    const start = text.indexOf(name);
    return hasPlaceCue(text, { name, start, end: start + name.length }, 'person-name', {
      containerNames: [],
    });
  };
  it.each([
    // seed-158.
    [
      'Jamestown, in James City County, Virginia, is not to be confused with Jamestown, New York.',
      'Virginia',
    ],
    // Invented, same shape.
    ['The farm lies in Marion County, Georgia, near the river.', 'Georgia'],
  ])('%s', (text, name) => {
    expect(cued(text, name)).toBe(true);
  });
  it('is no cue without the county', () => {
    expect(cued('Virginia said the farm was sold.', 'Virginia')).toBe(false);
  });
});
