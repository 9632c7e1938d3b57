/**
 * Parts of an article page that list other stories (related stories, older and
 * newer links). They sit outside `data-pagefind-body` and carry no filter or
 * meta, so Pagefind never reads them, yet they change whenever stories are
 * added anywhere near: a shard's fingerprint leaves their contents out, or one
 * new story would re-index every year its related lists reach.
 */

/** The attribute that marks such a region, on its outermost element. */
export const UNREAD_REGION_ATTRIBUTE = 'data-lists-other-stories';

const MARKER = Buffer.from(UNREAD_REGION_ATTRIBUTE);
// The marked elements are an <aside> or a <nav> that holds no element of its own kind.
const ASIDE_OR_NAV = /<(aside|nav)\b([^>]*)>[\s\S]*?<\/\1>/g;
const MARKED = new RegExp(`\\s${UNREAD_REGION_ATTRIBUTE}(?=[\\s=>]|$)`);

/** The page with the contents of its unread regions left out (their opening and closing tags stay). */
export function withoutUnreadRegions(page: Buffer): Buffer {
  if (!page.includes(MARKER)) return page;
  return Buffer.from(
    page
      .toString('utf8')
      .replace(ASIDE_OR_NAV, (region, tag: string, attributes: string) =>
        MARKED.test(attributes) ? `<${tag}${attributes}></${tag}>` : region,
      ),
  );
}
