/**
 * The two Markdown pipelines an archive can be built with, chosen by the
 * MARKDOWN setting (src/config.ts). Both show raw HTML as text, give headings
 * the same ids and anchors, and turn unsafe links into text, so an article's
 * HTML is the same whichever runs (tests/build/markdown-parity.test.ts).
 * Each is imported only when chosen: loading unified costs the other half a second.
 */

export type MarkdownProcessorName = 'satteri' | 'remark';

/** Astro 7's Rust processor with our plugins on its mdast/hast plugin API. */
export async function satteriPipeline() {
  const { satteri } = await import('@astrojs/markdown-satteri');
  const { rawHtmlAsText } = await import('./satteri/raw-html-as-text');
  const { safeImages, safeLinks } = await import('./satteri/safe-links');
  const { headingAnchors } = await import('./satteri/heading-anchors');
  return satteri({
    mdastPlugins: [rawHtmlAsText],
    hastPlugins: [safeImages, safeLinks, headingAnchors],
  });
}

/** The design card's pipeline: Astro's unified (remark → rehype) processor with rehype-slug. */
export async function remarkPipeline() {
  const { unified } = await import('@astrojs/markdown-remark');
  const { default: rehypeSlug } = await import('rehype-slug');
  const { remarkRawHtmlAsText } = await import('./remark/raw-html-as-text');
  const { rehypeSafeLinks } = await import('./remark/safe-links');
  const { rehypeHeadingAnchors } = await import('./remark/heading-anchors');
  return unified({
    // Sätteri's smart punctuation makes `--` an en dash and `---` an em dash ("oldschool").
    smartypants: { dashes: 'oldschool' },
    remarkPlugins: [remarkRawHtmlAsText],
    rehypePlugins: [rehypeSafeLinks, rehypeSlug, rehypeHeadingAnchors],
  });
}

export function markdownProcessor(name: MarkdownProcessorName) {
  return name === 'remark' ? remarkPipeline() : satteriPipeline();
}
