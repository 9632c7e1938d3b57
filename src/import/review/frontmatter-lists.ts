/**
 * Reads and rewrites the people, places and organizations lists of an article's
 * frontmatter without touching anything else in the file: only the lines of a
 * list that changes are written again, every other byte stays as it was. (Going
 * through a YAML round trip would re-quote and re-wrap fields nobody edited.)
 */
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { ENTITY_KINDS, type EntityKind, type EntityReference } from '../../lib/entities/entities';

/** One item of a list, with its original text when it is kept as it was. */
export interface ListedReference {
  reference: EntityReference;
  source?: string | undefined;
}

export interface ArticleLists {
  file: string;
  text: string;
  lists: Record<EntityKind, ListedReference[]>;
  /** What the build's text matcher reads besides the body. */
  title?: string | undefined;
  dateline?: string | undefined;
}

interface ListLocation {
  /** Where `people:` starts and where its value ends, in the file's text. */
  start: number;
  end: number;
  indent: string;
}

/** The frontmatter block of an article file; group 1 is its YAML. */
export const FRONTMATTER = /^---\n([\s\S]*?\n)---(?:\n|$)/;
const FRONTMATTER_START = 4; // after "---\n"

const locations = new WeakMap<ArticleLists, Partial<Record<EntityKind, ListLocation>>>();

function referenceOf(file: string, kind: EntityKind, node: unknown): EntityReference {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '')
    return node.value;
  if (isMap(node)) {
    const name = node.get('name');
    const id = node.get('id');
    if (typeof name === 'string' && typeof id === 'string') return { name, id };
  }
  throw new Error(`${file}: ${kind} must list names or { name, id } entries`);
}

function indentOf(text: string, itemStart: number): string {
  const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
  return /^[ ]*/.exec(text.slice(lineStart))?.[0] ?? '  ';
}

/** The entity lists of an article; an article without frontmatter has none. */
export function readArticleLists(file: string, text: string): ArticleLists {
  const article: ArticleLists = {
    file,
    text,
    lists: { people: [], places: [], organizations: [] },
  };
  const found: Partial<Record<EntityKind, ListLocation>> = {};
  locations.set(article, found);
  if (text.startsWith('---\r\n'))
    throw new Error(
      `${file}: the frontmatter has Windows line endings (CRLF); convert the file to LF first`,
    );
  const match = FRONTMATTER.exec(text);
  if (!match) return article;
  const document = parseDocument(match[1] ?? '');
  if (document.errors.length > 0)
    throw new Error(`${file}: frontmatter is not valid YAML (${document.errors[0]?.message})`);
  if (!isMap(document.contents)) return article;
  const root = document.contents;
  const textField = (field: string) => {
    const value: unknown = root.get(field);
    return typeof value === 'string' ? value : undefined;
  };
  article.title = textField('title');
  article.dateline = textField('dateline');
  for (const pair of document.contents.items as Pair<Node, Node | null>[]) {
    const kind = isScalar(pair.key) ? (pair.key.value as EntityKind) : undefined;
    if (!kind || !ENTITY_KINDS.includes(kind)) continue;
    const keyStart = pair.key!.range![0] + FRONTMATTER_START;
    const value = pair.value;
    if (value === null || (isScalar(value) && value.value === null)) {
      const lineEnd = text.indexOf('\n', keyStart);
      found[kind] = { start: keyStart, end: lineEnd + 1, indent: '  ' };
      continue;
    }
    if (!isSeq(value)) throw new Error(`${file}: ${kind} must be a list`);
    const items = value.items.map((item) => {
      const node = item as Node;
      const [from, to] = node.range!;
      return {
        reference: referenceOf(file, kind, node),
        source: text.slice(from + FRONTMATTER_START, to + FRONTMATTER_START).trimEnd(),
      };
    });
    const first = value.items[0] as Node | undefined;
    const indent =
      !value.flow && first ? indentOf(text, first.range![0] + FRONTMATTER_START) : '  ';
    let end = value.range![2] + FRONTMATTER_START;
    if (text[end - 1] !== '\n') end = text.indexOf('\n', end - 1) + 1;
    found[kind] = { start: keyStart, end, indent };
    article.lists[kind] = value.flow ? items.map(({ reference }) => ({ reference })) : items;
  }
  return article;
}

/** How the importer writes a reference: a quoted name, or a name with the id that tells it apart. */
function render(reference: EntityReference, indent: string): string {
  if (typeof reference === 'string') return JSON.stringify(reference);
  return `name: ${JSON.stringify(reference.name)}\n${indent}  id: ${JSON.stringify(reference.id)}`;
}

function renderList(kind: EntityKind, items: readonly ListedReference[], indent: string): string {
  if (items.length === 0) return `${kind}: []\n`;
  return `${kind}:\n${items.map((item) => `${indent}- ${item.source ?? render(item.reference, indent)}`).join('\n')}\n`;
}

/**
 * The article's text with some lists replaced. A list the frontmatter lacks is
 * added after the entity lists it has (or at the end of the frontmatter).
 */
export function withLists(
  article: ArticleLists,
  replacements: Partial<Record<EntityKind, ListedReference[]>>,
): string {
  const found = locations.get(article) ?? {};
  const match = FRONTMATTER.exec(article.text);
  if (!match)
    throw new Error(
      `${article.file}: no frontmatter to write ${Object.keys(replacements).join(', ')} into`,
    );
  const frontmatterEnd = FRONTMATTER_START + (match[1] ?? '').length;
  const edits: { start: number; end: number; text: string }[] = [];
  for (const kind of ENTITY_KINDS) {
    const items = replacements[kind];
    if (!items) continue;
    const location = found[kind];
    if (location) {
      edits.push({
        start: location.start,
        end: location.end,
        text: renderList(kind, items, location.indent),
      });
      continue;
    }
    if (items.length === 0) continue;
    const before = ENTITY_KINDS.slice(0, ENTITY_KINDS.indexOf(kind))
      .map((other) => found[other])
      .filter((l) => l !== undefined)
      .at(-1);
    const after = ENTITY_KINDS.slice(ENTITY_KINDS.indexOf(kind) + 1)
      .map((other) => found[other])
      .find((l) => l !== undefined);
    const at = before?.end ?? after?.start ?? frontmatterEnd;
    edits.push({ start: at, end: at, text: renderList(kind, items, '  ') });
  }
  let text = article.text;
  for (const edit of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
