/**
 * Frontmatter dates as written. Astro parses frontmatter with js-yaml, whose
 * timestamps turn an unquoted `date: 2023-02-30` into the Date 2023-03-02
 * before the schema sees it: an impossible day silently becomes another.
 *
 * The articles' loader hands the schema literal text instead: an entry whose
 * parsed data holds a Date is read again with the `yaml` package's YAML 1.2
 * core schema (the library the importer writes with), which has no timestamp
 * type, so `2023-02-30` stays the text `2023-02-30` and the schema names it.
 * Entries without a Date (everything the importer writes: its dates are
 * quoted) cost nothing more.
 */
import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

type GlobOptions = Parameters<typeof glob>[0];

/** The frontmatter block, found as Astro finds it (an optional BOM or blank lines first). */
const FRONTMATTER = /^\uFEFF?(?:\s*\n)?---([\s\S]*?\n)---/;

export function holdsDate(value: unknown): boolean {
  if (value instanceof Date) return true;
  if (Array.isArray(value)) return value.some(holdsDate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsDate);
  return false;
}

/** The frontmatter of a Markdown text with every scalar as written (no timestamps). */
export function literalFrontmatter(text: string): Record<string, unknown> | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  const parsed: unknown = parseYaml(match[1] ?? '', { schema: 'core' });
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : undefined;
}

/** Astro's glob() loader, whose entries reach the schema with their dates as written. */
export function globWithLiteralDates(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    name: 'glob-literal-dates',
    load: (context) =>
      loader.load({
        ...context,
        parseData: async (props) => {
          if (!props.filePath || !holdsDate(props.data)) return context.parseData(props);
          const literal = literalFrontmatter(await readFile(props.filePath, 'utf8'));
          return context.parseData({
            ...props,
            data: (literal ?? props.data) as typeof props.data,
          });
        },
      }),
  };
}
