/**
 * Slugs for URLs and entity ids: `Li Qiang` → `li-qiang`, `Zürich` → `zurich`.
 *
 * Letters of any script survive (a Chinese name keeps its characters) so that
 * two different names never collapse into the same empty slug.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '') // drop combining accents left by NFKD
    .toLowerCase()
    .replace(/['’‘`]/g, '') // "Hunan's" → "hunans", not "hunan-s"
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
