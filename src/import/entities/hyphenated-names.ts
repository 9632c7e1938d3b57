/**
 * "Deux-Sèvres" (a department), "Esquimalt-Juan de Fuca" (a riding), "Winston-Salem": a place's
 * name joined by a hyphen to a capitalised word that is no place is part of another name.
 * "Israel-Lebanon border" joins two places and keeps both.
 */
export function isInHyphenatedName(
  text: string,
  span: { start: number; end: number },
  isPlaceName: (name: string) => boolean,
): boolean {
  const before = /(\p{Lu}[\p{L}'’]*)-$/u.exec(text.slice(Math.max(0, span.start - 30), span.start));
  const after = /^-(\p{Lu}[\p{L}'’]*)/u.exec(text.slice(span.end, span.end + 30));
  const other = before?.[1] ?? after?.[1];
  return other !== undefined && !isPlaceName(other);
}
