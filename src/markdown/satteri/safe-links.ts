/**
 * Sätteri: a link or image whose URL is unsafe (src/lib/safe-url.ts) is
 * replaced by its text. Done on the HTML tree, where reference-style links
 * (`[text][ref]`) and autolinks are already plain `a` and `img` elements.
 *
 * Two plugins, images first: Sätteri drops a change queued on a node whose
 * ancestor the same pass replaced, so an unsafe image inside an unsafe link
 * must be gone before the link is unwrapped.
 */
import { defineHastPlugin } from 'satteri';
import { hasUnsafeUrl, unsafeElementReplacement } from '../unsafe-link';

function replaceUnsafe(tagName: 'a' | 'img', name: string) {
  return defineHastPlugin({
    name,
    element: {
      filter: [tagName],
      visit(node, ctx) {
        if (hasUnsafeUrl(node)) ctx.replaceNode(node, unsafeElementReplacement(node));
      },
    },
  });
}

export const safeImages = replaceUnsafe('img', 'safe-images');
export const safeLinks = replaceUnsafe('a', 'safe-links');
