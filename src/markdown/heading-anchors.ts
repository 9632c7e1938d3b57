/**
 * Gives each heading of an article body an id and a `#` link to itself, so a
 * reader can cite a section. Ids come from github-slugger, the algorithm
 * rehype-slug and Astro's own heading ids use, so links stay stable; Astro's
 * heading-ids step, which runs later, keeps an id that is already set.
 */
import Slugger from 'github-slugger';
import { defineHastPlugin } from 'satteri';

/** A fresh slugger per document: ids are unique within one article. */
export const headingAnchors = () => {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'heading-anchors',
    element: {
      filter: ['h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(ctx.textContent(node));
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaHidden: 'true', tabIndex: -1 },
          children: [{ type: 'text', value: '#' }],
        });
      },
    },
  });
};
