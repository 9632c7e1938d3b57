/**
 * Characters that are never part of a story: a control character (a NUL, an
 * escape sequence) or half a surrogate pair (which no UTF-8 file can hold;
 * writing it would silently turn it into U+FFFD). Tab, line feed, carriage
 * return and form feed are white space and pass. Checked both in the raw file
 * and in the strings a JSON or YAML escape (`\u0000`, `"\0"`, `\ud800`) produces.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function codePoint(character: string): string {
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with a string's characters, or undefined. */
function characterProblem(text: string): { what: string; index: number } | undefined {
  const control = CONTROL.exec(text);
  if (control) return { what: `control character ${codePoint(control[0])}`, index: control.index };
  if (text.isWellFormed()) return undefined;
  const index = [...text].findIndex((character) => !character.isWellFormed());
  const offset = [...text].slice(0, index).join('').length;
  return { what: `unpaired surrogate ${codePoint(text[offset]!)}`, index: offset };
}

/** `control character U+001B on line 3`, or undefined for clean text. */
export function controlCharacterInText(text: string): string | undefined {
  const problem = characterProblem(text);
  if (!problem) return undefined;
  return `${problem.what} on line ${text.slice(0, problem.index).split('\n').length}`;
}

/** `control character U+0000 in title`, for the first string field (at any depth) holding one. */
export function controlCharacterInFields(value: unknown, field = ''): string | undefined {
  if (typeof value === 'string') {
    const problem = characterProblem(value);
    return problem ? `${problem.what} in ${field || 'text'}` : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const problem = controlCharacterInFields(inner, field ? `${field}.${key}` : key);
    if (problem) return problem;
  }
  return undefined;
}
