/**
 * Frontmatter dates as written. Astro's js-yaml turns an unquoted `date: 2023-02-30` into
 * the Date 2023-03-02 before the schema sees it, so an entry whose data holds a Date is
 * read again with the `yaml` package's YAML 1.2 core schema (the importer's library),
 * which has no timestamp type: the schema sees the text and names the error. The
 * importer quotes its dates, so its entries cost nothing more.
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
