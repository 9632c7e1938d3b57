/**
 * The editor's review commands (`npm run entities -- <command>`; see USAGE below). Every
 * command takes --archive DIR (default: the site's archive) and --dry-run (say what would
 * change, write nothing). Exit codes: 0 done, 1 the command failed and changed nothing,
 * 2 wrong usage.
 */
import path from 'node:path';
import { ARCHIVE_DIR } from '../../config';
import { ENTITY_KINDS, type EntityKind } from '../../lib/entities/entities';
import { parseCommandLine } from '../command-line';
import {
  applyPlan,
  planKindChange,
  planMerge,
  planReject,
  planRename,
  type CommandPlan,
} from './commands';
import { formatReview, reviewArchive } from './review';

const USAGE = `usage: npm run entities -- <command> [--archive DIR] [--dry-run]
  review [--kind people|places|organizations] [--limit N] [--json]
  merge <kind> <from-id> <into-id>
  reject <kind> <id> [--reason TEXT]
  rename <kind> <id> <new name> [--id NEW-ID]
  kind <from-kind> <id> <to-kind> [--place GAZETTEER-ID]`;

class UsageError extends Error {}

function kindOf(value: string | undefined): EntityKind {
  if (!value || !ENTITY_KINDS.includes(value as EntityKind))
    throw new UsageError(`"${value ?? ''}" is not a kind: people, places or organizations`);
  return value as EntityKind;
}

function argument(positionals: string[], index: number, what: string): string {
  const value = positionals[index];
  if (value === undefined || value === '') throw new UsageError(`missing ${what}`);
  return value;
}

function plan(
  command: string,
  args: string[],
  values: { reason?: string | undefined; id?: string | undefined; place?: string | undefined },
  archive: string,
): CommandPlan {
  switch (command) {
    case 'merge':
      return planMerge(
        archive,
        kindOf(args[0]),
        argument(args, 1, 'the id to merge'),
        argument(args, 2, 'the id to merge into'),
      );
    case 'reject':
      return planReject(
        archive,
        kindOf(args[0]),
        argument(args, 1, 'the id to reject'),
        values.reason,
      );
    case 'rename':
      return planRename(
        archive,
        kindOf(args[0]),
        argument(args, 1, 'the id to rename'),
        args.slice(2).join(' ') || argument(args, 2, 'the new name'),
        values.id,
      );
    case 'kind':
      return planKindChange(
        archive,
        kindOf(args[0]),
        argument(args, 1, 'the id to move'),
        kindOf(args[2]),
        values.place,
      );
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function main(): Promise<number> {
  const parsed = parseCommandLine(
    USAGE,
    {
      archive: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      kind: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      reason: { type: 'string' },
      id: { type: 'string' },
      place: { type: 'string' },
    },
    (positionals) => Boolean(positionals[0]),
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  // parseCommandLine made sure of a command.
  const [command = '', ...args] = positionals;
  const archive = values.archive ? path.resolve(values.archive) : ARCHIVE_DIR;
  try {
    if (command === 'review') {
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit must be a whole number above 0');
      const { items, total } = reviewArchive(archive, {
        ...(values.kind ? { kinds: [kindOf(values.kind)] } : {}),
        limit,
        thinPlaces: true,
      });
      process.stdout.write(
        values.json ? `${JSON.stringify({ total, items }, null, 2)}\n` : formatReview(items, total),
      );
      return 0;
    }
    const planned = plan(command, args, values, archive);
    const files = [...planned.files.keys()]
      .map((file) => path.relative(process.cwd(), file))
      .sort();
    if (values['dry-run']) {
      process.stdout.write(
        `dry run, nothing written: ${planned.summary}\n${files.map((file) => `would write ${file}\n`).join('')}`,
      );
      return 0;
    }
    await applyPlan(planned);
    process.stdout.write(`${planned.summary}\n${files.map((file) => `wrote ${file}\n`).join('')}`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`${(error as Error).message}\nnothing was changed\n`);
    return 1;
  }
}

process.exitCode = await main();
