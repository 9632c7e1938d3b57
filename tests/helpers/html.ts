/**
 * Built pages read the way a browser reads them: parsed once with htmlparser2,
 * queried with CSS selectors (css-select), attributes and text decoded. Build
 * tests ask about elements, not about how the HTML happens to be spelled.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';

export type { Document, Element };

/** A page of HTML, parsed. */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}

/** A page of a build (`dist/` path plus file), parsed. */
export function readPage(dist: string, file: string): Document {
  return parseHtml(readFileSync(path.join(dist, file), 'utf8'));
}

type Root = AnyNode | AnyNode[];

/** Every element a selector matches, in document order. Below an element, selectors are relative to it (`:scope > a`). */
export function all(selector: string, root: Root): Element[] {
  return selectAll(selector, root);
}

/** The first element a selector matches, if any. */
export function one(selector: string, root: Root): Element | undefined {
  return selectOne(selector, root) ?? undefined;
}

/** The first element a selector matches; throws when there is none. */
export function only(selector: string, root: Root): Element {
  const element = one(selector, root);
  if (!element) throw new Error(`no element matches ${selector}`);
  return element;
}

/** Whether a node is an element (not text, a comment or the doctype). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return node ? ElementType.isTag(node) : false;
}

/** domutils' bit for "the first node comes before the second" (the DOM's FOLLOWING, seen from the other side). */
const PRECEDING = 2;

/** An element, its descendants and every element after it, in document order. */
export function elementsFrom(start: Element, document: Document): Element[] {
  return all('*', document).filter(
    (element) => element === start || DomUtils.compareDocumentPosition(start, element) & PRECEDING,
  );
}

/** An attribute's value, character references decoded. */
export function attr(element: Element | undefined, name: string): string | undefined {
  return element?.attribs[name];
}

/** The text of a node and its descendants, as a browser's textContent. */
export function text(node: AnyNode | AnyNode[] | undefined): string {
  return node ? DomUtils.textContent(node) : '';
}

/** Every run of text below a node, each as the parser read it (one text node: no element inside it). */
export function textRuns(root: AnyNode | AnyNode[]): string[] {
  return DomUtils.filter((node) => node.type === 'text', root).map((node) =>
    node.type === 'text' ? node.data : '',
  );
}

/** The text of an element's own text children, leaving its child elements out. */
export function ownText(element: Element): string {
  return element.children.map((child) => (child.type === 'text' ? child.data : '')).join('');
}
