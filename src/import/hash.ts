import { createHash } from 'node:crypto';

/** Short, stable fingerprint of a text (ids for records without one, hand-edit detection). */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
