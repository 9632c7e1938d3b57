/**
 * Given names that are one name in English usage: a formal name and its short forms
 * ("Charles", "Chuck"), or two short forms of one formal name ("Jimmy", "Jimbo"). The table
 * is data (given-name-diminutives.json), so an editor can extend it without touching code.
 */
import table from './given-name-diminutives.json';

const formalNamesOf = new Map<string, Set<string>>();
for (const [formal, shortForms] of Object.entries(table.diminutives)) {
  for (const name of [formal, ...shortForms]) {
    const key = name.toLowerCase();
    const formals = formalNamesOf.get(key) ?? new Set<string>();
    formals.add(formal.toLowerCase());
    formalNamesOf.set(key, formals);
  }
}

/** The formal names a given name stands for: "chuck" → {"charles"}, "pat" → {"patricia", "patrick"}. */
export function formalGivenNames(given: string): ReadonlySet<string> {
  return formalNamesOf.get(given.toLowerCase()) ?? new Set();
}

/** Two given names that are one in English: "Chuck" and "Charles", "Jimmy" and "Jimbo". */
export function areOneGivenName(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true;
  const formalsOfB = formalGivenNames(b);
  return [...formalGivenNames(a)].some((formal) => formalsOfB.has(formal));
}
