/**
 * Raw HTML in an article is shown as the text it is, never parsed as markup.
 *
 * An archive ingests text from elsewhere: a `<script>` or an `onerror=` in a
 * story is something the story says, not something the reader's browser runs.
 * Sätteri would re-emit `html` nodes verbatim; turned into `text` nodes, they
 * are escaped like any other text.
 */
import { defineMdastPlugin } from 'satteri';

export const rawHtmlAsText = defineMdastPlugin({
  name: 'raw-html-as-text',
  html(node, ctx) {
    ctx.replaceNode(node, { type: 'text', value: node.value });
  },
});
