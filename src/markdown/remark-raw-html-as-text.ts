/**
 * Raw HTML in an article is shown as the text it is, never parsed as markup.
 *
 * An archive ingests text from elsewhere: a `<script>` or an `onerror=` in a
 * story is something the story says, not something the reader's browser runs.
 * Turning `html` nodes into `text` nodes before remark-rehype means the HTML
 * serializer escapes them like any other text.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export default function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node, index, parent) => {
      if (!parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: node.value, position: node.position };
    });
  };
}
