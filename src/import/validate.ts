/**
 * Validates frontmatter with the site's own schema (src/content.config.ts), so
 * that the importer never writes an article the build would reject. The schema
 * module imports Astro's virtual `astro:content`; outside Astro a module hook
 * (astro-content-hook.mjs) points it at the real `defineCollection`.
 */
import { register } from 'node:module';

interface SafeParser {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

let schema: SafeParser | undefined;

export async function loadArticleSchema(): Promise<SafeParser> {
  if (schema) return schema;
  register('./astro-content-hook.mjs', import.meta.url);
  const { collections } = await import('../content.config');
  schema = (collections.articles as unknown as { schema: SafeParser }).schema;
  return schema;
}

/** Problems of a frontmatter, as `field: message`, or an empty list. */
export function schemaProblems(parser: SafeParser, frontmatter: Record<string, unknown>): string[] {
  const result = parser.safeParse(frontmatter);
  if (result.success) return [];
  return (result.error?.issues ?? []).map(
    (issue) => `${issue.path.map(String).join('.') || 'frontmatter'}: ${issue.message}`,
  );
}
