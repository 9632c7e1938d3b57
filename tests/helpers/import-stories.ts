/** Entities found in a few stories the way an import finds them. */
import { fileURLToPath } from 'node:url';
import { EntityFinder, type FoundEntities } from '../../src/import/entities/find-entities';
import { loadKnowledge } from '../../src/import/entities/knowledge';

/** The annotated set's registry: the knowledge the importer's unit tests start from. */
export const evalKnowledge = loadKnowledge(
  fileURLToPath(new URL('../fixtures/entity-eval/registry', import.meta.url)),
);

/** Learns every story, then finds the entities of each, as the importer's two passes do. */
export function importStories(
  stories: readonly string[],
  knowledge = evalKnowledge,
): FoundEntities[] {
  const finder = new EntityFinder(knowledge);
  const candidates = stories.map((text) => finder.learn(text));
  return stories.map((text, index) => finder.find(text, candidates[index]!));
}
