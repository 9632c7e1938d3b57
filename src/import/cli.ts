/**
 * npm run import -- [--out DIR] [--force] [--dry-run] <files or folders...>
 *
 * Exit codes: 0 every record imported, unchanged or skipped as not news; 1 some
 * record failed, or an article was left alone because a person edited it (the
 * input did not reach the archive: someone should look); 2 wrong usage.
 */
import path from 'node:path';
import { ARCHIVE_DIR } from '../config';
import { parseCommandLine } from './command-line';
import { createProgress } from './progress';
import { reviewLines } from './dry-run-review';
import { runImport } from './run-import';

const USAGE =
  'usage: npm run import -- [--out DIR] [--force] [--dry-run] [--since YYYY-MM-DD] <files or folders...>';

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    USAGE,
    {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'max-file-bytes': { type: 'string' },
      since: { type: 'string' },
    },
    (positionals) => positionals.length > 0,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const archiveDir = values.out ? path.resolve(values.out) : ARCHIVE_DIR;
  const dryRun = values['dry-run'];
  const started = performance.now();
  const summary = await runImport({
    inputs: positionals,
    archiveDir,
    force: values.force,
    dryRun,
    since: values.since,
    ...(values['max-file-bytes'] ? { maxFileBytes: Number(values['max-file-bytes']) } : {}),
    progress: (total) => createProgress(total, process.stderr, 'importing'),
    onPlanned: (write) => {
      if (write.outcome === 'unchanged' || write.outcome === 'skipped-edited') return;
      process.stdout.write(`would write ${reviewLines(write).join('\n')}\n\n`);
    },
  });
  for (const line of summary.problems) process.stderr.write(`${line}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${dryRun ? 'dry run, nothing written: ' : ''}imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
      `skipped ${summary.skipped}, not news ${summary.notNews}, failed ${summary.failed}; people ${summary.peopleFound}, places ${summary.placesFound}, ` +
      `organizations ${summary.organizationsFound}; registry +${summary.registryAdded} (${seconds} s)\n`,
  );
  return summary.failed > 0 || summary.skipped > 0 ? 1 : 0;
}

process.exitCode = await main();
