/**
 * The seed's raw format: optional white space, `date YYYY-MM-DD`, a space, then the
 * body, paragraphs split by blank lines (the corpus README describes it).
 */
import path from 'node:path';
import { emptyBody, type ParsedInput } from '../types';
import { MAX_RECORD_CHARS } from './json-lines';
import { dateProblem } from './validate-date';

const DATE_PREFIX = /^\s*date\s+(\S+)\s*/;

export function parseRawText(text: string, file: string): ParsedInput {
  const origin = { file };
  const match = DATE_PREFIX.exec(text);
  if (!match)
    return {
      records: [],
      problems: [{ origin, reason: 'no date (expected "date YYYY-MM-DD" first)' }],
    };
  const date = match[1] ?? '';
  const problem = dateProblem(date);
  if (problem) return { records: [], problems: [{ origin, reason: problem }] };
  const body = text.slice(match[0].length).trim();
  if (!body) return { records: [], problems: [emptyBody(origin)] };
  if (body.length > MAX_RECORD_CHARS)
    return {
      records: [],
      problems: [{ origin, reason: `oversized record (${body.length} characters)` }],
    };
  const stem = path.basename(file).replace(/\.[^.]*$/, '');
  return {
    records: [{ origin, format: 'raw-text', sourceId: `seed-${stem}`, date, body }],
    problems: [],
  };
}
