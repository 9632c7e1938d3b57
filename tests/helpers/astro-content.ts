/**
 * `astro:content` in memory, for unit tests of `src/data/*` without a build:
 *
 *   vi.mock('astro:content', async () => (await import('../../helpers/astro-content')).mockedAstroContent({
 *     articles: [article('2023/03/22-li-qiang', { title: 'Li Qiang', date: '2023-03-22' }, 'Text.')],
 *   }));
 *   await loadSchemas();
 *
 * Each entry goes through its collection's schema in src/content.config.ts, so
 * defaults are filled and bad fixtures fail as they would in a build. Every
 * `getCollection` call is counted, to show what a data module reads once.
 * The data modules keep their results for the whole build: a test file that
 * needs other collections calls `vi.resetModules()` and `vi.doMock` again.
 */
import type { ZodType } from 'astro/zod';

export type CollectionName = 'articles' | 'people' | 'places' | 'organizations';

/** An entry before its schema: the id (for an article, its file path without `.md`), its fields and its Markdown. */
export interface EntryInput {
  id: string;
  data: Record<string, unknown>;
  body?: string | undefined;
}

export type InMemoryCollections = Partial<Record<CollectionName, EntryInput[]>>;

/** An article entry: `id` is its file path without `.md` (`2023/03/22-slug`). */
export function article(id: string, data: Record<string, unknown>, body = ''): EntryInput {
  return { id, data, body };
}

/** A registry entry (people, places, organizations): the file loader makes its `id` the entry's id. */
export function registered(
  data: { id: string; name: string } & Record<string, unknown>,
): EntryInput {
  return { id: data.id, data };
}

/**
 * Loads the schemas ahead of the first `getCollection` (a few seconds on a busy
 * machine): call it with a top-level `await` after `vi.mock`, outside any test's timeout.
 */
export async function loadSchemas(): Promise<void> {
  await import('../../src/content.config');
}

/** How often each collection was read. */
export const collectionReads: Record<string, number> = {};

export function mockedAstroContent(collections: InMemoryCollections) {
  return {
    defineCollection: <T>(config: T) => config,
    async getCollection(name: CollectionName, filter?: (entry: unknown) => unknown) {
      collectionReads[name] = (collectionReads[name] ?? 0) + 1;
      // Imported here, not above: content.config.ts imports this very module.
      const { collections: config } = await import('../../src/content.config');
      const schema = config[name].schema as unknown as ZodType;
      const entries = (collections[name] ?? []).map((entry) => ({
        id: entry.id,
        collection: name,
        data: schema.parse(entry.data),
        body: entry.body,
      }));
      return filter ? entries.filter(filter) : entries;
    },
  };
}
