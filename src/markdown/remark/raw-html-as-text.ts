/**
 * remark: raw HTML in an article is shown as the text it is, never parsed as
 * markup (the same rule as the Sätteri plugin of the same name). Astro's
 * unified pipeline would pass `html` nodes on to rehype-raw; as `text` nodes
 * they are escaped like any other text.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (parent && index !== undefined)
        parent.children[index] = { type: 'text', value: node.value };
    });
  };
}
