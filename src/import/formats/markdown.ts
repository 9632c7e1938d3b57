/**
 * Markdown with YAML frontmatter, e.g. an article written by hand or exported from
 * another archive. What a person wrote in the frontmatter is kept; the importer only
 * fills what is missing, and the result is validated against the site's schema.
 */
import { parse as parseYaml } from 'yaml';
import { emptyBody, type ParsedInput } from '../types';
import { contentHash } from '../hash';
import { controlCharacterInFields } from './control-characters';
import { MAX_RECORD_CHARS } from './json-lines';
import { dateProblem } from './validate-date';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function parseMarkdown(text: string, file: string): ParsedInput {
  const origin = { file };
  const match = FRONTMATTER.exec(text);
  let frontmatter: Record<string, unknown> = {};
  if (match) {
    try {
      // YAML 1.2 core: no timestamp type, so `date: 2023-02-30` stays the text written.
      const parsed: unknown = parseYaml(match[1] ?? '', { schema: 'core' });
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
        frontmatter = parsed as Record<string, unknown>;
      else if (parsed !== null)
        return { records: [], problems: [{ origin, reason: 'frontmatter is not a mapping' }] };
    } catch (error) {
      return {
        records: [],
        problems: [
          { origin, reason: `broken frontmatter (${(error as Error).message.split('\n')[0]})` },
        ],
      };
    }
  }
  const control = controlCharacterInFields(frontmatter);
  if (control)
    return { records: [], problems: [{ origin, reason: `unreadable text (${control})` }] };
  const rawDate = frontmatter['date'];
  const problem = dateProblem(rawDate);
  if (problem) return { records: [], problems: [{ origin, reason: problem }] };
  const date = rawDate as string;
  const body = text.slice(match ? match[0].length : 0).trim();
  if (!body) return { records: [], problems: [emptyBody(origin)] };
  if (body.length > MAX_RECORD_CHARS)
    return {
      records: [],
      problems: [{ origin, reason: `oversized record (${body.length} characters)` }],
    };
  const text_ = (key: string) =>
    (typeof frontmatter[key] === 'string' && (frontmatter[key] as string).trim()) || undefined;
  return {
    records: [
      {
        origin,
        format: 'markdown',
        sourceId: text_('sourceId') ?? `md-${contentHash(body).slice(0, 16)}`,
        date,
        title: text_('title'),
        body,
        source: text_('source'),
        url: text_('url'),
        license: text_('license'),
        frontmatter,
      },
    ],
    problems: [],
  };
}
