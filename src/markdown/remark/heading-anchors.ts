/**
 * rehype: a `#` link to itself at the end of each h2–h6 that has an id. Runs
 * after rehype-slug, which gives every heading its id (github-slugger, as the
 * Sätteri pipeline does), so both pipelines make the same anchors.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ANCHORED_HEADINGS, headingAnchor } from '../heading-anchor';

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (ANCHORED_HEADINGS.includes(node.tagName) && typeof id === 'string')
        node.children.push(headingAnchor(id));
    });
  };
}
