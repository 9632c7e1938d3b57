/**
 * Finds every registered name in a text in one pass: all names and aliases go into
 * one trie, tried only where a word starts, so the work per article grows with its
 * length, not with the number of names (figures: docs/performance.md).
 *
 * Matching rules (what a reader would call "the text mentions X"):
 * - whole words ("Kong" is not in "Kongo"), case-aware ("Will" is not the verb "will");
 * - leftmost-longest, non-overlapping: "Hong Kong" wins over "Kong";
 * - possessives and quotes ("Hunan's", "‘Hunan’") mention the name; typographic and
 *   straight apostrophes are the same character;
 * - a line break inside a name still matches, a paragraph break does not;
 * - scripts written without spaces (Chinese, Japanese, Thai) need no word boundary.
 * A name of more than one entry is ambiguous: it matches nothing (the frontmatter can
 * still name the entity by id) but hides the shorter names inside it ("John Smith"
 * never becomes "John").
 */

export interface NameEntry {
  id: string;
  names: string[];
}

export interface NameMatch {
  id: string;
  /** The text as written, e.g. "Hunan" of "Hunan’s" or "Li\nQiang". */
  text: string;
  /** UTF-16 offsets into the text: `text.slice(start, end)`. */
  start: number;
  end: number;
}

export interface NameMatcher {
  findAll(text: string): NameMatch[];
}

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const NEWLINE = 0x0a;
const NO_NODE = 0;
const NOT_TERMINAL = -1;
const AMBIGUOUS = -2;

/** Characters that are the same for matching: typographic apostrophes and hyphens, all spaces. */
function foldCode(code: number): number {
  switch (code) {
    case 0x2019: // ’ right single quotation mark, the usual typographic apostrophe
    case 0x2018: // ‘
    case 0x02bc: // ʼ modifier letter apostrophe
      return APOSTROPHE;
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
      return 0x2d;
    default:
      return isSpaceCode(code) ? SPACE : code;
  }
}

function isSpaceCode(code: number): boolean {
  return (
    code === SPACE ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

const READABLE = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const SPACELESS_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

/** ASCII answers from a table: this is asked at every word start of every article. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ASCII_WORD[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0;

function isWordCode(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  // A lone surrogate half is part of an astral letter (or a broken text): a word char either way.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

function isSpacelessCode(code: number): boolean {
  return code >= 0x0e00 && SPACELESS_SCRIPT.test(String.fromCharCode(code));
}

/** A name as the trie stores it: NFC, folded characters, single spaces, trimmed. */
export function normaliseName(name: string): string {
  let out = '';
  let pendingSpace = false;
  for (const char of name.normalize('NFC')) {
    const code = foldCode(char.charCodeAt(0));
    if (code === SPACE) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += char.length === 1 ? String.fromCharCode(code) : char;
  }
  return out;
}

/**
 * The trie in typed arrays: node n's children are the edges edgeStart[n] ..
 * edgeStart[n+1]-1, sorted by character. At 100,000 names this is a few
 * megabytes, where a Map per node would be hundreds.
 */
interface CompactTrie {
  // Child of the root by UTF-16 code unit, up to the highest first character (a
  // matcher per article page then costs bytes, not a 256 kB table); NO_NODE when none.
  rootChildren: Uint32Array;
  edgeStart: Uint32Array;
  edgeCode: Uint16Array;
  edgeTarget: Uint32Array;
  terminal: Int32Array; // index into ids, NOT_TERMINAL or AMBIGUOUS
}

function buildTrie(entries: readonly NameEntry[]): { trie: CompactTrie; ids: string[] } {
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const names: { name: string; entry: number }[] = [];
  for (const entry of entries) {
    let entryIndex = idIndex.get(entry.id);
    if (entryIndex === undefined) {
      entryIndex = ids.length;
      ids.push(entry.id);
      idIndex.set(entry.id, entryIndex);
    }
    for (const rawName of entry.names) {
      const name = normaliseName(rawName);
      if (READABLE.test(name)) names.push({ name, entry: entryIndex }); // skip names with nothing to read
    }
  }
  // Sorted names share prefixes with their predecessor only, so the trie grows by
  // appending: no lookups while building, and each node's children arrive in order.
  names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const parents: number[] = [];
  const codes: number[] = [];
  const terminal: number[] = [NOT_TERMINAL];
  const path: number[] = [0]; // path[k]: the node after the previous name's first k characters
  let previous = '';
  for (const { name, entry } of names) {
    let shared = 0;
    while (
      shared < name.length &&
      shared < previous.length &&
      name.charCodeAt(shared) === previous.charCodeAt(shared)
    )
      shared++;
    for (let k = shared; k < name.length; k++) {
      const node = terminal.length;
      terminal.push(NOT_TERMINAL);
      parents.push(path[k]!);
      codes.push(name.charCodeAt(k));
      path[k + 1] = node; // edges are created in order: edge i leads to node i + 1
    }
    const node = path[name.length]!;
    const found = terminal[node]!;
    terminal[node] = found === NOT_TERMINAL || found === entry ? entry : AMBIGUOUS;
    previous = name;
  }
  return {
    trie: { ...compact(parents, codes, terminal.length), terminal: Int32Array.from(terminal) },
    ids,
  };
}

/** Groups the edges by parent (a stable counting sort keeps them ordered by character). */
function compact(
  parents: readonly number[],
  codes: readonly number[],
  nodeCount: number,
): Omit<CompactTrie, 'terminal'> {
  const edgeStart = new Uint32Array(nodeCount + 1);
  for (const parent of parents) edgeStart[parent + 1]!++;
  for (let node = 0; node < nodeCount; node++) edgeStart[node + 1]! += edgeStart[node]!;
  const fill = edgeStart.slice(0, nodeCount);
  const edgeCode = new Uint16Array(parents.length);
  const edgeTarget = new Uint32Array(parents.length);
  let highestFirst = -1;
  for (let edge = 0; edge < parents.length; edge++)
    if (parents[edge] === 0) highestFirst = Math.max(highestFirst, codes[edge]!);
  const rootChildren = new Uint32Array(highestFirst + 1);
  for (let edge = 0; edge < parents.length; edge++) {
    const parent = parents[edge]!;
    const at = fill[parent]!++;
    edgeCode[at] = codes[edge]!;
    edgeTarget[at] = edge + 1;
    if (parent === 0) rootChildren[codes[edge]!] = edge + 1;
  }
  return { rootChildren, edgeStart, edgeCode, edgeTarget };
}

function childOf(trie: CompactTrie, node: number, code: number): number {
  if (node === 0) return trie.rootChildren[code] ?? NO_NODE;
  let low = trie.edgeStart[node]!;
  let high = trie.edgeStart[node + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = trie.edgeCode[middle]!;
    if (found === code) return trie.edgeTarget[middle]!;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  return NO_NODE;
}

/** May a name start at `start`? Not inside a word: "Brien" is not in "O'Brien". */
function startsWord(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  if (!isWordCode(first) || isSpacelessCode(first) || start === 0) return true;
  const before = foldCode(text.charCodeAt(start - 1));
  if (before === APOSTROPHE) return start < 2 || !isWordCode(text.charCodeAt(start - 2));
  return !isWordCode(before);
}

/** May a name end at `end`? Yes before a non-letter, a possessive ('s) or a closing quote. */
function endsWord(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (!isWordCode(last) || isSpacelessCode(last) || end >= text.length) return true;
  const after = foldCode(text.charCodeAt(end));
  if (after !== APOSTROPHE) return !isWordCode(after);
  // "Hunan's" and "Hunan' " end the name; "Xi'an" and "O'Brien" do not.
  const next = end + 1 < text.length ? text.charCodeAt(end + 1) : SPACE;
  if (next === 0x73 /* s */) return end + 2 >= text.length || !isWordCode(text.charCodeAt(end + 2));
  return !isWordCode(next);
}

export function createNameMatcher(entries: NameEntry[]): NameMatcher {
  const { trie, ids } = buildTrie(entries);

  // The longest match's terminal, set by longestAt: no object per try on this hot path.
  let bestTerminal = NOT_TERMINAL;

  /** The end of the longest name starting at `start` (its terminal in bestTerminal), or -1. */
  function longestAt(text: string, start: number): number {
    let node = 0;
    let bestEnd = -1;
    let position = start;
    while (position < text.length) {
      const code = foldCode(text.charCodeAt(position));
      node = childOf(trie, node, code);
      if (node === NO_NODE) break;
      position++;
      if (code === SPACE) position = skipSpaceRun(text, position);
      if (position < 0) break;
      const terminal = trie.terminal[node]!;
      if (terminal !== NOT_TERMINAL && code !== SPACE && endsWord(text, position)) {
        bestEnd = position;
        bestTerminal = terminal;
      }
    }
    return bestEnd;
  }

  return {
    findAll(text: string): NameMatch[] {
      const matches: NameMatch[] = [];
      let position = 0;
      while (position < text.length) {
        const code = text.charCodeAt(position);
        // No name starts here: skip the rest of the word at once, not letter by letter.
        const first = foldCode(code);
        if (
          first >= trie.rootChildren.length ||
          trie.rootChildren[first] === NO_NODE ||
          !startsWord(text, position)
        ) {
          position = nextCandidate(text, position);
          continue;
        }
        const end = longestAt(text, position);
        if (end < 0) {
          position = nextCandidate(text, position);
          continue;
        }
        if (bestTerminal !== AMBIGUOUS) {
          matches.push({
            id: ids[bestTerminal]!,
            text: text.slice(position, end),
            start: position,
            end,
          });
        }
        position = end;
      }
      return matches;
    },
  };
}

/**
 * After one whitespace character of a name, skips the rest of the run; a run with
 * two line breaks is a paragraph break, which no name spans (-1).
 */
function skipSpaceRun(text: string, position: number): number {
  let newlines = text.charCodeAt(position - 1) === NEWLINE ? 1 : 0;
  while (position < text.length && isSpaceCode(text.charCodeAt(position))) {
    if (text.charCodeAt(position) === NEWLINE && ++newlines > 1) return -1;
    position++;
  }
  return position;
}

/** Where the next name could start after a failed try: past the rest of this word. */
function nextCandidate(text: string, position: number): number {
  const first = text.charCodeAt(position);
  position++;
  if (!isWordCode(first) || isSpacelessCode(first)) return position;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (!isWordCode(code) || isSpacelessCode(code)) break;
    position++;
  }
  return position;
}
