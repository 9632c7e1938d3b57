/**
 * Node module hook: lets the importer load src/content.config.ts outside Astro.
 *
 * `astro:content` is a virtual module that only exists inside Astro's Vite build;
 * its `defineCollection` is the plain function exported by `astro/content/config`.
 * Mapping one to the other lets the importer validate frontmatter with the very
 * schema the site builds with, instead of a copy that could drift.
 */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'astro:content') return nextResolve('astro/content/config', context);
  return nextResolve(specifier, context);
}
