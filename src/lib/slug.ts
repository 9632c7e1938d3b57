/**
 * Slugs for URLs and entity ids: `Li Qiang` → `li-qiang`, `Zürich` → `zurich`.
 *
 * Letters of any script survive (a Chinese name keeps its characters) so that
 * two different names never collapse into the same empty slug.
 */
/** Lower-case words of any script joined by hyphens: an article's slug, a registry id. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;

/** The letters without their accents: "Zürich" → "Zurich", "Montréal" → "Montreal". */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "Hunan's" → "hunans", not "hunan-s"
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
