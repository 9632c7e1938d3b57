/**
 * Names written as a list: "Wang Yi, Li Keqiang and Zhang Gaoli attended",
 * "banks such as Citigroup, Morgan Stanley and Goldman Sachs". The members of a
 * list are things of one kind, so evidence for the list (a verb of speech after
 * it, a plural title or kind before it, one member known for sure) is evidence
 * for each member.
 */
export interface NameList {
  /** The names as written, in order. */
  members: string[];
  /** Up to 40 characters before the list and after it, for the cues around it. */
  before: string;
  after: string;
}

/** Lists of two or more runs of `nameRun` joined by commas and a final "and" or "or". */
export function findNameLists(text: string, nameRun: string): NameList[] {
  const list = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${nameRun})(?:,\\s+(?:${nameRun}))*,?\\s+(?:and|or)\\s+(?:${nameRun})`,
    'gu',
  );
  const lists: NameList[] = [];
  for (const match of text.matchAll(list)) {
    const start = match.index;
    const end = start + match[0].length;
    const members = match[0]
      .split(/,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u)
      .map((member) => member.trim())
      .filter(Boolean);
    lists.push({
      members,
      before: text.slice(Math.max(0, start - 40), start),
      after: text.slice(end, end + 40),
    });
  }
  return lists;
}

/** "Ministers", "officials", "players": the word before a list, in the singular, if it is a plural. */
export function singularBefore(before: string): string | undefined {
  const word = /(\p{L}+)[,:]?\s+(?:(?:such as|including|like)[,:]?\s+)?$/u.exec(before)?.[1];
  if (!word) return undefined;
  if (/men$|women$/.test(word)) return word.replace(/men$/, 'man');
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return /[^s]s$/.test(word) ? word.slice(0, -1) : undefined;
}
