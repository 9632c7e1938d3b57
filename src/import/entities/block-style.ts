import { visit, type Document } from 'yaml';

/**
 * Plain words a YAML 1.1 reader takes for a boolean or null (https://yaml.org/type/bool.html):
 * `country: NO` is Norway to us but `false` to PyYAML and older tools.
 */
const YAML_1_1_WORDS = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|~)$/;

/**
 * Every list and map of a YAML document in block style, one item per line, so
 * that an edit is a readable hunk in a diff; an empty list stays `[]`. Strings
 * a YAML 1.1 reader would take for a boolean are quoted, so every reader sees text.
 */
export function blockStyle(document: Document): Document {
  visit(document, {
    Seq: (_, node) => {
      node.flow = node.items.length === 0;
    },
    Map: (_, node) => {
      node.flow = false;
    },
    Scalar: (_, node) => {
      if (typeof node.value === 'string' && YAML_1_1_WORDS.test(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return document;
}
