/**
 * What `--dry-run` shows an editor for each article it would write: the input,
 * the file, and the headline, dateline and summary the importer made.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { datelineText } from '../lib/dateline';
import { formatOrigin } from './types';
import type { PlannedWrite } from './writer';

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

export function reviewLines(write: PlannedWrite, cwd = process.cwd()): string[] {
  const yaml = /^---\n([\s\S]*?)\n---\n/.exec(write.content)?.[1] ?? '';
  const data = (parseYaml(yaml) ?? {}) as Record<string, unknown>;
  const date = text(data['datelineDate']) ?? text(data['date']) ?? '';
  const place = text(data['dateline']);
  const dateline = place
    ? datelineText({ dateline: place, date, source: text(data['source']) })
    : '(none)';
  const status =
    write.outcome === 'imported' ? 'new' : write.outcome === 'updated' ? 'update' : write.outcome;
  return [
    `${write.origin ? formatOrigin(write.origin) : '?'} → ${path.relative(cwd, write.file)} (${status})`,
    `  headline: ${text(data['title']) ?? '(none)'}`,
    `  dateline: ${dateline}`,
    `  summary:  ${text(data['summary']) ?? '(none)'}`,
  ];
}
