/**
 * rehype: a link or image whose URL is unsafe (src/lib/safe-url.ts) is
 * replaced by its text, as the Sätteri plugin of the same name does. On the
 * HTML tree, reference-style links and autolinks are already `a` and `img`.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasUnsafeUrl, unsafeElementReplacement } from '../unsafe-link';

export function rehypeSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || !hasUnsafeUrl(node)) return;
      parent.children.splice(index, 1, ...unsafeElementReplacement(node));
      // Look at what took its place next: a link may hold an image.
      return index;
    });
  };
}
