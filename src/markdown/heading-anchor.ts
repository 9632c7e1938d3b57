/**
 * The heading anchor both Markdown pipelines add: a `#` link to the heading
 * itself, so a reader can cite a section. Hidden from screen readers (the
 * heading already says what it is) and out of the tab order.
 */
import type { Element } from 'hast';

/** Headings that get an anchor; an article's title is the page's `h1`, never in its body. */
export const ANCHORED_HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

/** Headings that get an id (ids stay unique across all levels). */
export const HEADINGS = ['h1', ...ANCHORED_HEADINGS];

export function headingAnchor(id: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['heading-anchor'], href: `#${id}`, ariaHidden: 'true', tabIndex: -1 },
    children: [{ type: 'text', value: '#' }],
  };
}
