/**
 * The entities each article's text mentions, remembered between builds. Running
 * the name matcher over every article is a fixed cost of each build, yet its
 * result for one text depends only on that text, its dateline, the registry and
 * the code. So entries are keyed by a hash of the text and dateline, and the
 * whole file by `identity` (the code and the registry): when either changes,
 * every text is matched afresh.
 */
import { createHash } from 'node:crypto';
import { readKeptEntries, writeKeptEntries } from '../cache-file';
import type { EntityResolver, ResolvedEntity, TextContext } from './resolver';

/** Bump when the file's layout or the meaning of its entries changes. */
const FORMAT = 1;

export interface MatchCache {
  /** What the resolver's `entitiesInText` gives, taken from the last build when it matched this text. */
  entitiesInText(text: string, context?: TextContext): ResolvedEntity[];
  /** Texts matched now rather than taken from the file. */
  readonly computed: number;
  /** Writes the matches of the texts asked for since opening (others are dropped), when they differ from the file's. */
  save(): Promise<void>;
}

function textKey(text: string, context: TextContext): string {
  return createHash('sha256')
    .update(JSON.stringify([text, context.dateline ?? null]))
    .digest('base64url');
}

/**
 * A cache over `resolver.entitiesInText` kept in `file`; `undefined` for no
 * file (nothing to reuse, nothing saved). `identity` must change whenever the
 * resolver would match a text differently: its code, the registry.
 */
export async function openMatchCache(
  resolver: Pick<EntityResolver, 'entitiesInText'>,
  file: string | undefined,
  identity: string,
): Promise<MatchCache> {
  // No file yet, one cut short, or another identity's: every text is matched afresh.
  const last = file
    ? await readKeptEntries<ResolvedEntity[]>(file, FORMAT, identity)
    : new Map<string, ResolvedEntity[]>();
  const now = new Map<string, ResolvedEntity[]>();
  let computed = 0;
  return {
    entitiesInText(text, context = {}) {
      const key = textKey(text, context);
      let found = now.get(key) ?? last.get(key);
      if (!found) {
        found = resolver.entitiesInText(text, context);
        computed++;
      }
      now.set(key, found);
      return found;
    },
    get computed() {
      return computed;
    },
    async save() {
      if (!file || (computed === 0 && now.size === last.size)) return;
      await writeKeptEntries(file, FORMAT, identity, now);
    },
  };
}
