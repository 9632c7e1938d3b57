import { visit, type Document } from 'yaml';

/**
 * Every list and map of a YAML document in block style, one item per line, so
 * that an edit is a readable hunk in a diff; an empty list stays `[]`.
 */
export function blockStyle(document: Document): Document {
  visit(document, {
    Seq: (_, node) => {
      node.flow = node.items.length === 0;
    },
    Map: (_, node) => {
      node.flow = false;
    },
  });
  return document;
}
