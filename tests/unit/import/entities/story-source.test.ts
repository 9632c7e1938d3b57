import { describe, expect, it } from 'vitest';
import { EntityFinder } from '../../../../src/import/entities/find-entities';
import { loadKnowledge } from '../../../../src/import/entities/knowledge';
import { isStorySource } from '../../../../src/import/entities/story-source';
import { findInStory, prepareStory } from '../../../../src/import/run-import';
import { fileURLToPath } from 'node:url';

const EVAL = fileURLToPath(new URL('../../../fixtures/entity-eval/', import.meta.url));

describe("a story's own source is no tag", () => {
  it('names the source in full or in part', () => {
    expect(isStorySource('Xinhua', 'Xinhua News Agency')).toBe(true);
    expect(isStorySource('Xinhua News Agency', 'Xinhua News Agency')).toBe(true);
    expect(isStorySource('Thomson Reuters', 'Reuters')).toBe(true);
    // Invented.
    expect(isStorySource('Tolvan Press', 'Tolvan Press Agency')).toBe(true);
    expect(isStorySource('Associated Press', 'Reuters')).toBe(false);
    expect(isStorySource('Reuters', undefined)).toBe(false);
  });

  // The first finder of a run loads the gazetteer and the lexicon: seconds on a busy machine.
  it(
    "leaves the wire service of the dateline out of the story's organizations",
    { timeout: 60_000 },
    () => {
      const finder = new EntityFinder(loadKnowledge(`${EVAL}registry`));
      const story = prepareStory(finder, {
        origin: { file: 't' },
        format: 'raw-text',
        sourceId: 't',
        date: '2024-05-04',
        title: 'Floods force thousands from homes',
        body: 'NAIROBI, May 4 (Reuters) — Floods forced 40,000 people from their homes, the Kenya Red Cross Society said, the news agency Reuters reported.\n\nThe World Health Organization warned of cholera.',
      });
      const organizations = findInStory(finder, story).organizations.map((o) => o.name);
      expect(story.structure.source).toBe('Reuters');
      expect(organizations).not.toContain('Reuters');
      expect(organizations).toContain('Kenya Red Cross Society');
      // Without the source, the same text names Reuters.
      expect(
        finder
          .find(story.text, story.candidates, undefined, story.titleLength)
          .organizations.map((o) => o.name),
      ).toContain('Reuters');
    },
  );
});
