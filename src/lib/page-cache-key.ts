/**
 * The cache key of one static page: a hash of exactly what the page shows.
 * Astro's incremental build (`experimental.incrementalBuild`) keeps a page's
 * last output while its key and its code are unchanged, so a key must change
 * whenever the page's HTML would: it covers the page's params and props and
 * whatever shared data its template reads besides (`reads`).
 *
 * Content entries (articles, registry entries) stand in the key as a hash of
 * what the content layer made of them (data after the schema, Markdown, and
 * rendered HTML), computed once per entry and build: a listing of twenty
 * articles hashes twenty short strings, not twenty bodies. (Not the entry's
 * `digest`: that hashes the file, and stays the same when a schema change
 * alters the data.)
 */
import { createHash } from 'node:crypto';

interface ContentEntryLike {
  id: string;
  collection: string;
  data: unknown;
  body?: string | undefined;
  rendered?: unknown;
}

function isContentEntry(value: unknown): value is ContentEntryLike {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<ContentEntryLike>;
  return typeof entry.id === 'string' && typeof entry.collection === 'string' && 'data' in entry;
}

const tokens = new WeakMap<object, string>();

/** A content entry in a key: its collection, id and a hash of its content, once per entry. */
function entryToken(entry: ContentEntryLike): string {
  let token = tokens.get(entry);
  if (token === undefined) {
    // The body and HTML go to the hash as they are: one JSON string of the three would copy
    // every article's text once more, only to be thrown away.
    const { html, ...rest } = (entry.rendered ?? {}) as { html?: unknown };
    const body = entry.body ?? '';
    const htmlText = typeof html === 'string' ? html : JSON.stringify(html ?? null);
    // Lengths first, so that no text can pass for the end of another.
    const hash = createHash('sha256')
      .update(JSON.stringify([entry.data, rest, entry.rendered === undefined, body.length]))
      .update(body)
      .update(`\0${htmlText.length}\0`)
      .update(htmlText);
    token = `${entry.collection}/${entry.id}@${hash.digest('base64url')}`;
    tokens.set(entry, token);
  }
  return token;
}

function replacer(_key: string, value: unknown): unknown {
  if (isContentEntry(value)) return entryToken(value);
  // Maps and sets would stringify as `{}`: keep what they hold.
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}

/**
 * The key of a page: `build` is what every page of this build depends on
 * (site settings), `shown` what this page shows or reads.
 */
export function pageCacheKey(build: string, shown: unknown): string {
  return createHash('sha256')
    .update(build)
    .update('\n')
    .update(JSON.stringify(shown, replacer) ?? 'undefined')
    .digest('base64url');
}
