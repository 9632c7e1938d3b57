/**
 * Writes articles as Markdown with YAML frontmatter into `<archive>/articles/YYYY/MM/DD-<slug>.md`.
 *
 * Each file carries `importHash`, a hash of the file as the importer wrote it.
 * A file whose content no longer matches its hash was edited by a person, and is
 * only replaced with --force. A file without the hash (hand-made) counts as edited.
 * Even then its title stays: a headline a person wrote is never replaced, and the
 * file's hash is that of the importer's own title, so the file still counts as edited.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { articlePath } from '../lib/articles';
import { dateParts, isCalendarDate } from '../lib/dates';
import { ENTITY_KINDS } from '../lib/entities/entities';
import type { ArticleDraft, Frontmatter } from './article';
import { writeFileAtomic } from './atomic-write';
import { contentHash } from './hash';
import type { RecordOrigin } from './types';

const HASH_LINE = /^importHash: "?([0-9a-f]+)"?\n/m;

/** The `importHash` of an article's text without its hash line. */
function importHashOf(unhashed: string): string {
  return contentHash(unhashed).slice(0, 16);
}
const SOURCE_ID_LINE = /^sourceId: "?(.+?)"?$/m;

function unhashedArticle(frontmatter: Frontmatter, body: string): string {
  const clean = Object.fromEntries(
    Object.entries(frontmatter).filter(([, value]) => value !== undefined),
  );
  const yaml = stringify(clean, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  });
  return `---\n${yaml}---\n\n${body}\n`;
}

/**
 * Strings quoted (dates stay text, never YAML timestamps), lists in block style.
 * `imported` is what the importer itself would have written, when a person's
 * title replaces its own: the hash is of that, so the file stays "edited".
 */
export function serialiseArticle(
  frontmatter: Frontmatter,
  body: string,
  imported: Frontmatter = frontmatter,
): string {
  const hash = importHashOf(unhashedArticle(imported, body));
  return unhashedArticle(frontmatter, body).replace(
    /\n---\n\n/,
    `\nimportHash: "${hash}"\n---\n\n`,
  );
}

/** True when a file is exactly what the importer wrote (its hash still matches). */
export function isUntouched(fileText: string): boolean {
  const match = HASH_LINE.exec(fileText);
  if (!match) return false;
  return importHashOf(fileText.replace(HASH_LINE, '')) === match[1];
}

/**
 * An editor's review command rewrites an article's entity lists with what the
 * registry now says, which a re-import would write too: a file the importer
 * owned stays the importer's (its hash is renewed), so later imports keep
 * improving its lists. A file a person had edited stays edited.
 */
export function keepImporterOwned(before: string, after: string): string {
  if (!isUntouched(before)) return after;
  const match = HASH_LINE.exec(after);
  if (!match) return after;
  return after.replace(HASH_LINE, `importHash: "${importHashOf(after.replace(HASH_LINE, ''))}"\n`);
}

export type WriteOutcome = 'imported' | 'updated' | 'unchanged' | 'skipped-edited';

export interface PlannedWrite {
  file: string;
  content: string;
  outcome: WriteOutcome;
  /** The input record it comes from (dry-run listings and reports name it). */
  origin?: RecordOrigin | undefined;
}

/** Where the archive's articles are, and which source id each file holds. */
export class ArticleIndex {
  private readonly bySourceId = new Map<string, string>();
  private readonly taken = new Set<string>();

  private constructor(private readonly articlesDir: string) {}

  static async load(archiveDir: string): Promise<ArticleIndex> {
    const index = new ArticleIndex(path.join(archiveDir, 'articles'));
    if (!existsSync(index.articlesDir)) return index;
    const files = (await readdir(index.articlesDir, { recursive: true })).filter((file) =>
      file.endsWith('.md'),
    );
    await Promise.all(
      files.map(async (relative) => {
        const file = path.join(index.articlesDir, relative);
        index.taken.add(file);
        const head = (await readFile(file, 'utf8')).slice(0, 20_000);
        const sourceId = SOURCE_ID_LINE.exec(head)?.[1];
        if (sourceId) index.bySourceId.set(sourceId, file);
      }),
    );
    return index;
  }

  /** The file an earlier import wrote for this source id, if any. */
  existingFile(sourceId: string): string | undefined {
    return this.bySourceId.get(sourceId);
  }

  /**
   * The file of an article: where its source id already lives, or a new
   * `DD-slug.md` that no other article uses (`-2`, `-3` … on a clash).
   */
  fileFor(sourceId: string, date: string, slug: string): string {
    const existing = this.bySourceId.get(sourceId);
    if (existing) return existing;
    const { year, month, day } = dateParts(date);
    const base = path.join(this.articlesDir, year, month, `${day}-${slug}`);
    let file = `${base}.md`;
    for (let n = 2; this.taken.has(file); n += 1) file = `${base}-${n}.md`;
    this.taken.add(file);
    this.bySourceId.set(sourceId, file);
    return file;
  }
}

/** Who and where are the importer's own judgement: on a file no person touched, a new import's lists replace the old ones, even when empty. */
const ENTITY_FIELDS = new Set<string>(ENTITY_KINDS);

/**
 * Fields a person added that the import cannot know (topics, a licence note)
 * survive re-imports, forced or not: whatever the new frontmatter leaves empty
 * is taken from the file it replaces (so an import never empties a field), but
 * the entity lists of an untouched file, which only an earlier import wrote.
 */
function keepHandWrittenFields(
  frontmatter: Frontmatter,
  previous: Frontmatter | undefined,
  edited: boolean,
): Frontmatter {
  if (!previous) return frontmatter;
  const merged: Frontmatter = { ...frontmatter };
  for (const [key, value] of Object.entries(previous)) {
    const mine = merged[key];
    if (key === 'importHash' || (!edited && ENTITY_FIELDS.has(key))) continue;
    if (mine === undefined || (Array.isArray(mine) && mine.length === 0)) merged[key] = value;
  }
  return merged;
}

/** The frontmatter of an article file, or `undefined` when it has none that parses. */
function frontmatterOf(fileText: string): Frontmatter | undefined {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(fileText);
  try {
    const parsed: unknown = match ? parseYaml(match[1] ?? '') : undefined;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Frontmatter)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The site path the frontmatter gives the article in `file` (the rule of src/lib/articles.ts). */
function sitePathOf(file: string, frontmatter: Frontmatter): string | undefined {
  const { date, slug } = frontmatter;
  if (typeof date !== 'string' || !isCalendarDate(date)) return undefined;
  return articlePath({
    id: path.basename(file, '.md'),
    data: { date, title: '', slug: typeof slug === 'string' ? slug : undefined },
  });
}

/**
 * When an import gives a story another date or slug, its old path becomes an
 * alias, so that links to it keep working (a page there redirects); a path
 * the story moves back to stops being one.
 */
export function keepOldPath(
  file: string,
  frontmatter: Frontmatter,
  previous: Frontmatter | undefined,
): Frontmatter {
  const before = previous && sitePathOf(file, previous);
  const after = sitePathOf(file, frontmatter);
  const aliases = Array.isArray(frontmatter['aliases'])
    ? frontmatter['aliases'].filter((alias) => typeof alias === 'string')
    : [];
  if (before && after && before !== after && !aliases.includes(before)) aliases.push(before);
  const kept = aliases.filter((alias) => alias !== after);
  if (kept.length === 0 && frontmatter['aliases'] === undefined) return frontmatter;
  return { ...frontmatter, aliases: kept };
}

export async function planWrite(
  index: ArticleIndex,
  sourceId: string,
  date: string,
  draft: ArticleDraft,
  force: boolean,
): Promise<PlannedWrite> {
  const file = index.fileFor(sourceId, date, draft.slug);
  let content = serialiseArticle(draft.frontmatter, draft.body);
  if (!existsSync(file)) return { file, content, outcome: 'imported' };
  const current = await readFile(file, 'utf8');
  const previous = frontmatterOf(current);
  const edited = !isUntouched(current);
  const imported = keepOldPath(
    file,
    keepHandWrittenFields(draft.frontmatter, previous, edited),
    previous,
  );
  const handTitle =
    edited && typeof previous?.['title'] === 'string' && previous['title'].trim()
      ? previous['title']
      : undefined;
  content = serialiseArticle(
    handTitle ? { ...imported, title: handTitle } : imported,
    draft.body,
    imported,
  );
  if (current === content) return { file, content, outcome: 'unchanged' };
  if (!force && edited) return { file, content, outcome: 'skipped-edited' };
  return { file, content, outcome: 'updated' };
}

export async function applyWrite(write: PlannedWrite): Promise<void> {
  if (write.outcome === 'imported' || write.outcome === 'updated')
    await writeFileAtomic(write.file, write.content);
}
