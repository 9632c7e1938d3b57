/**
 * What an unsafe link or image in an article becomes, in both pipelines: its
 * text. A link keeps its content without the anchor; an image becomes its alt
 * text. The reader still sees what the writer wrote, and nothing to click.
 */
import type { Element, ElementContent } from 'hast';
import { isSafeUrl } from '../lib/safe-url';

/** The attribute of each Markdown-made element that holds a URL. */
const URL_ATTRIBUTE: Record<string, string> = { a: 'href', img: 'src' };

/** True when an `a` or `img` points somewhere it must not. */
export function hasUnsafeUrl(element: Pick<Element, 'tagName' | 'properties'>): boolean {
  const attribute = URL_ATTRIBUTE[element.tagName];
  const value = attribute ? element.properties?.[attribute] : undefined;
  return typeof value === 'string' && !isSafeUrl(value);
}

/** The content that takes an unsafe element's place. */
export function unsafeElementReplacement(
  element: Pick<Element, 'tagName' | 'properties' | 'children'>,
): ElementContent[] {
  if (element.tagName === 'img') {
    const alt = element.properties?.['alt'];
    return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
  }
  return [...element.children];
}
