/**
 * JSON lines: one article object a line (`id, date, title, body, source, url,
 * categories, license`). A bad line is reported and skipped; the others go on.
 */
import { emptyBody, type ParsedInput, type SourceRecord } from '../types';
import { contentHash } from '../hash';
import { controlCharacterInFields } from './control-characters';
import { dateProblem } from './validate-date';

/**
 * A single record bigger than this is someone else's data dump, not an article
 * (in any format; a 5 MB line would also hold the entity finder for a minute).
 */
export const MAX_RECORD_CHARS = 1_000_000;

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export function parseJsonLines(text: string, file: string): ParsedInput {
  const result: ParsedInput = { records: [], problems: [] };
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const origin = { file, line: index + 1 };
    const line = raw.trim();
    if (!line) return;
    if (line.length > MAX_RECORD_CHARS) {
      result.problems.push({ origin, reason: `oversized record (${line.length} characters)` });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      result.problems.push({ origin, reason: `broken JSON line (${(error as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      result.problems.push({ origin, reason: 'broken JSON line (not an object)' });
      return;
    }
    const fields = value as Record<string, unknown>;
    const control = controlCharacterInFields(fields);
    if (control) {
      result.problems.push({ origin, reason: `unreadable text (${control})` });
      return;
    }
    const problem = dateProblem(fields['date']);
    if (problem) {
      result.problems.push({ origin, reason: problem });
      return;
    }
    const body = typeof fields['body'] === 'string' ? fields['body'].trim() : '';
    if (!body) {
      result.problems.push(emptyBody(origin));
      return;
    }
    const categories = Array.isArray(fields['categories'])
      ? fields['categories'].filter((c): c is string => typeof c === 'string' && c.trim() !== '')
      : [];
    const record: SourceRecord = {
      origin,
      format: 'json-lines',
      sourceId: optionalText(fields['id']) ?? `sha-${contentHash(body).slice(0, 16)}`,
      date: fields['date'] as string,
      title: optionalText(fields['title']),
      body,
      source: optionalText(fields['source']),
      url: optionalText(fields['url']),
      license: optionalText(fields['license']),
      topics: categories,
    };
    result.records.push(record);
  });
  return result;
}
