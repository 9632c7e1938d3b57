/**
 * The editor's merges, renames and kind changes as the registry records them
 * (`replaces`), and how the importer follows them for one story's entities.
 */
import { describe, expect, it } from 'vitest';
import {
  followReview,
  replacesAfter,
  ReviewMemory,
} from '../../../../src/import/entities/review-memory';
import type { RegistryEntry } from '../../../../src/import/entities/registry';

const entry = (id: string, name: string, replaces?: string[]): RegistryEntry => ({
  id,
  name,
  aliases: [],
  replaces,
});

const memory = new ReviewMemory({
  people: [
    entry('ben-bernanke', 'Ben Bernanke', ['people/ben-bernankeis', 'people/ben-s-bernanke']),
    entry('nancy-pelosi', 'Nancy Pelosi', ['people/speaker-nancy-pelosi']),
    entry('clinton', 'Clinton', ['places/clinton']),
  ],
  places: [entry('hamilton-ontario', 'Hamilton, Ontario', ['places/hamilton-new-zealand'])],
  organizations: [entry('wells-fargo', 'Wells Fargo', ['people/wells-fargo'])],
});

describe('the review memory', () => {
  it('files a merged-away spelling under the entry it was merged into, once', () => {
    expect(
      followReview(memory, {
        people: [
          { id: 'ben-s-bernanke', name: 'Ben S. Bernanke' },
          { id: 'ben-bernanke', name: 'Ben Bernanke' },
          { id: 'ben-bernankeis', name: 'Ben Bernankeis' },
          { id: 'jerome-powell', name: 'Jerome Powell' },
        ],
        places: [],
        organizations: [],
      }).people,
    ).toEqual([
      { id: 'ben-bernanke', name: 'Ben Bernanke' },
      { id: 'jerome-powell', name: 'Jerome Powell' },
    ]);
  });

  it('files an id renamed away under the new id and name', () => {
    const found = followReview(memory, {
      people: [{ id: 'speaker-nancy-pelosi', name: 'Speaker Nancy Pelosi' }],
      places: [],
      organizations: [],
    });
    expect(found.people).toEqual([{ id: 'nancy-pelosi', name: 'Nancy Pelosi' }]);
  });

  it('moves an entry whose kind the editor changed to the other list', () => {
    const found = followReview(memory, {
      people: [{ id: 'wells-fargo', name: 'Wells Fargo' }],
      places: [
        { id: 'clinton', name: 'Clinton' },
        { id: 'hamilton-new-zealand', name: 'Hamilton, New Zealand' },
      ],
      organizations: [{ id: 'federal-reserve', name: 'Federal Reserve' }],
    });
    expect(found).toEqual({
      people: [{ id: 'clinton', name: 'Clinton' }],
      places: [{ id: 'hamilton-ontario', name: 'Hamilton, Ontario' }],
      organizations: [
        { id: 'federal-reserve', name: 'Federal Reserve' },
        { id: 'wells-fargo', name: 'Wells Fargo' },
      ],
    });
  });

  it('knows which ids the importer must not add again, and lets an existing entry be itself', () => {
    expect(memory.isReplaced('people', 'ben-bernankeis')).toBe(true);
    expect(memory.isReplaced('people', 'wells-fargo')).toBe(true);
    expect(memory.isReplaced('organizations', 'wells-fargo')).toBe(false);
    expect(memory.isReplaced('places', 'hamilton-new-zealand')).toBe(true);
    // Moved back by hand: the entry exists again, so nothing replaces it.
    const back = new ReviewMemory({
      people: [entry('wells-fargo', 'Wells Fargo')],
      places: [],
      organizations: [entry('wells-fargo', 'Wells Fargo', ['people/wells-fargo'])],
    });
    expect(back.isReplaced('people', 'wells-fargo')).toBe(false);
    expect(back.size).toBe(0);
  });

  it('records what an entry takes over sorted, once each, with what those replaced, never itself', () => {
    expect(
      replacesAfter('people', entry('ben-bernanke', 'Ben Bernanke', ['people/ben-bernankeis']), [
        {
          kind: 'people',
          entry: entry('ben-s-bernanke', 'Ben S. Bernanke', ['people/ben-bernanke', 'people/b-b']),
        },
      ]),
    ).toEqual(['people/b-b', 'people/ben-bernankeis', 'people/ben-s-bernanke']);
    expect(replacesAfter('organizations', entry('x', 'X'), [])).toBeUndefined();
  });
});
