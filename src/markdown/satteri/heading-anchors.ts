/**
 * Sätteri: gives each heading of an article body an id and (h2–h6) a `#` link
 * to itself. Ids come from github-slugger, the algorithm rehype-slug and
 * Astro's own heading ids use, so the remark pipeline makes the same ids;
 * Astro's heading-ids step, which runs later, keeps an id that is already set.
 */
import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';
import { ANCHORED_HEADINGS, headingAnchor, HEADINGS } from '../heading-anchor';

/** A fresh slugger per document: ids are unique within one article. */
export const headingAnchors = () => {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: HEADINGS,
      visit(node, ctx) {
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        if (ANCHORED_HEADINGS.includes(node.tagName)) ctx.appendChild(node, headingAnchor(id));
      },
    },
  });
};
