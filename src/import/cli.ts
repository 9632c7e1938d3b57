/**
 * npm run import -- [--out DIR] [--force] [--dry-run] <files or folders...>
 *
 * Exit codes: 0 all records imported (or unchanged), 1 some record failed or was
 * skipped, 2 wrong usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ARCHIVE_DIR } from '../config';
import { createProgress } from './progress';
import { runImport } from './run-import';

const USAGE = 'usage: npm run import -- [--out DIR] [--force] [--dry-run] [--since YYYY-MM-DD] <files or folders...>';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'max-file-bytes': { type: 'string' },
        since: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
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
      process.stdout.write(`would write ${path.relative(process.cwd(), write.file)} (${write.outcome === 'imported' ? 'new' : 'update'})\n`);
      process.stdout.write(`${write.content.split('\n---\n')[0]}\n---\n\n`);
    },
  });
  for (const line of summary.problems) process.stderr.write(`${line}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${dryRun ? 'dry run, nothing written: ' : ''}imported ${summary.imported}, updated ${summary.updated}, unchanged ${summary.unchanged}, ` +
      `skipped ${summary.skipped}, failed ${summary.failed}; people ${summary.peopleFound}, places ${summary.placesFound}, ` +
      `organizations ${summary.organizationsFound}; registry +${summary.registryAdded} (${seconds} s)\n`,
  );
  return summary.failed > 0 || summary.skipped > 0 ? 1 : 0;
}

process.exitCode = await main();
