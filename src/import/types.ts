/**
 * The shapes that travel through the importer: read → recognise → find entities → write.
 */

/** Where a record came from, for `file[:line]: reason` reports. */
export interface RecordOrigin {
  file: string;
  /** 1-based line of a JSON-lines record. */
  line?: number;
}

export type InputFormat = 'raw-text' | 'json-lines' | 'markdown';

/** One article as read from an input, before any recognition. */
export interface SourceRecord {
  origin: RecordOrigin;
  format: InputFormat;
  /** Stable id of the record: the JSON id, `seed-<file stem>`, or a content hash. */
  sourceId: string;
  /** A real calendar date, `YYYY-MM-DD`. */
  date: string;
  title?: string | undefined;
  /** Plain text, paragraphs separated by a blank line. */
  body: string;
  source?: string | undefined;
  url?: string | undefined;
  license?: string | undefined;
  topics?: string[] | undefined;
  /** Markdown inputs: the frontmatter a person already wrote; their decisions win. */
  frontmatter?: Record<string, unknown> | undefined;
}

export interface RecordProblem {
  origin: RecordOrigin;
  reason: string;
  /** Set when the record was left out on purpose (not news, or an article edited by hand): not an error. */
  skipped?: 'not news' | 'edited by hand' | undefined;
}

/** What reading one input file yields: good records and one problem per bad record. */
export interface ParsedInput {
  records: SourceRecord[];
  problems: RecordProblem[];
}

export function formatOrigin(origin: RecordOrigin): string {
  return origin.line === undefined ? origin.file : `${origin.file}:${origin.line}`;
}

export function problemLine(problem: RecordProblem): string {
  const reason =
    problem.skipped === 'not news' ? `skipped, not news: ${problem.reason}` : problem.reason;
  return `${formatOrigin(problem.origin)}: ${reason}`;
}

/** A record with no body text: nothing to publish, so it is skipped, not failed. */
export function emptyBody(origin: RecordOrigin): RecordProblem {
  return { origin, reason: 'empty body', skipped: 'not news' };
}
