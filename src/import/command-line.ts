/** The command line of an npm script (import, entities), parsed the same way for each. */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

type ParsedCommandLine<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ allowPositionals: true; options: O & typeof HELP }>
>;

/**
 * node:util's parseArgs with positionals and `--help` (`-h`). When there is
 * nothing to run it writes the usage line to stderr and returns the exit code:
 * 0 for --help; 2 for words parseArgs refuses (its message first) or for
 * positionals that `complete` finds wanting.
 */
export function parseCommandLine<const O extends ParseArgsOptionsConfig>(
  usage: string,
  options: O,
  complete: (positionals: readonly string[]) => boolean,
): ParsedCommandLine<O> | number {
  let parsed: ParsedCommandLine<O>;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { ...options, ...HELP } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage}\n`);
    return 2;
  }
  const { help } = parsed.values as { help: boolean };
  if (help || !complete(parsed.positionals)) {
    process.stderr.write(`${usage}\n`);
    return help ? 0 : 2;
  }
  return parsed;
}
