/**
 * What a built page points at: every URL in its HTML (or feed XML) that a
 * reader's browser would follow or load, and the ids a `#fragment` can target.
 *
 * A streaming parser (htmlparser2) rather than a DOM: the link checker reads
 * every page of an archive that may hold 100,000 of them, and needs only
 * attributes, never a tree.
 */
import { Parser } from 'htmlparser2';

/**
 * `navigation`: a link a reader follows (`<a href>`, `<form action>`, feed items);
 * `resource`: something the browser loads with the page (stylesheet, image, script);
 * `reference`: a URL that names the page or another one but is not loaded (canonical, alternate).
 */
export type ReferenceKind = 'navigation' | 'resource' | 'reference';

export interface Reference {
  url: string;
  kind: ReferenceKind;
  /** Where it was found, for the report: `a[href]`, `img[srcset]`, `rss item link`… */
  where: string;
}

export interface PageReferences {
  references: Reference[];
  /** Every `id` (and `<a name>`) on the page: what a `#fragment` may point at. */
  anchors: Set<string>;
  /** Where a redirect page (`<meta http-equiv="refresh" content="0; url=…">`) sends the reader. */
  redirectTo?: string | undefined;
}

/** The URL of a meta refresh's `content` (`0; url=/new/`, quotes optional); `undefined` without one. */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec(content);
  return match?.[2];
}

/** `rel` values of `<link>` that the browser fetches along with the page. */
const LOADED_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
  'mask-icon',
]);

/** Elements whose `src` the browser loads. */
const SRC_ELEMENTS = new Set([
  'img',
  'script',
  'iframe',
  'source',
  'audio',
  'video',
  'track',
  'embed',
  'input',
]);

/** URLs in a `srcset`: comma-separated candidates, each a URL then an optional descriptor. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** `<meta>` whose content is a URL of a page or image: Open Graph and Twitter cards. */
const URL_META = new Set([
  'og:url',
  'og:image',
  'og:image:url',
  'og:image:secure_url',
  'twitter:image',
]);

/** JSON-LD keys whose string values are URLs. */
const JSON_LD_URL_KEYS = new Set([
  '@id',
  'url',
  'item',
  'mainEntityOfPage',
  'image',
  'logo',
  'contentUrl',
  'thumbnailUrl',
]);

/** URLs in a JSON-LD block, without fragments (`#article` names a node of the graph, not an element). */
export function jsonLdUrls(json: string): string[] {
  const urls: string[] = [];
  const walk = (value: unknown, key: string | undefined) => {
    if (typeof value === 'string') {
      if (key !== undefined && JSON_LD_URL_KEYS.has(key) && /^https?:\/\//.test(value))
        urls.push(value.replace(/#.*$/, ''));
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, key);
    } else if (value && typeof value === 'object') {
      for (const [childKey, child] of Object.entries(value)) walk(child, childKey);
    }
  };
  walk(JSON.parse(json), undefined);
  return urls;
}

function linkKind(rel: string): ReferenceKind {
  const rels = rel.toLowerCase().split(/\s+/);
  return rels.some((value) => LOADED_LINK_RELS.has(value)) ? 'resource' : 'reference';
}

/** The references and anchors of one HTML page. */
export function extractFromHtml(html: string): PageReferences {
  const references: Reference[] = [];
  const anchors = new Set<string>();
  let redirectTo: string | undefined;
  const add = (url: string | undefined, kind: ReferenceKind, where: string) => {
    if (url !== undefined && url.trim() !== '') references.push({ url: url.trim(), kind, where });
  };
  /** Text of the JSON-LD block being read, if any. */
  let jsonLd: string | undefined;
  const parser = new Parser(
    {
      ontext(text) {
        if (jsonLd !== undefined) jsonLd += text;
      },
      onclosetag(name) {
        if (name !== 'script' || jsonLd === undefined) return;
        for (const url of jsonLdUrls(jsonLd)) add(url, 'reference', 'JSON-LD');
        jsonLd = undefined;
      },
      onopentag(name, attributes) {
        if (name === 'script' && attributes.type === 'application/ld+json') jsonLd = '';
        if (name === 'meta' && URL_META.has(attributes.property ?? attributes.name ?? '')) {
          add(
            attributes.content,
            'reference',
            `meta[${attributes.property ? 'property' : 'name'}=${attributes.property ?? attributes.name}]`,
          );
        }
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          redirectTo = refreshUrl(attributes.content ?? '');
          add(redirectTo, 'navigation', 'meta[http-equiv=refresh]');
        }
        if (attributes.id) anchors.add(attributes.id);
        if (name === 'a' && attributes.name) anchors.add(attributes.name);
        switch (name) {
          case 'a':
          case 'area':
            add(attributes.href, 'navigation', `${name}[href]`);
            break;
          case 'form':
            add(attributes.action, 'navigation', 'form[action]');
            break;
          case 'link':
            add(
              attributes.href,
              linkKind(attributes.rel ?? ''),
              `link[rel=${attributes.rel ?? ''}]`,
            );
            if (attributes.imagesrcset)
              for (const url of srcsetUrls(attributes.imagesrcset))
                add(url, 'resource', 'link[imagesrcset]');
            break;
          case 'use':
          case 'image':
            add(attributes.href ?? attributes['xlink:href'], 'resource', `${name}[href]`);
            break;
          case 'object':
            add(attributes.data, 'resource', 'object[data]');
            break;
          default:
            break;
        }
        if (SRC_ELEMENTS.has(name) && !(name === 'input' && attributes.type !== 'image')) {
          add(attributes.src, 'resource', `${name}[src]`);
        }
        if (attributes.srcset)
          for (const url of srcsetUrls(attributes.srcset)) add(url, 'resource', `${name}[srcset]`);
        if (attributes.poster) add(attributes.poster, 'resource', `${name}[poster]`);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { references, anchors, redirectTo };
}

/** Elements of RSS, Atom, sitemap and OpenSearch files whose text is a URL. */
const URL_TEXT_ELEMENTS = new Set(['link', 'loc', 'comments', 'docs', 'image']);

/** An OpenSearch URL template (`/search/?q={searchTerms}`) as a URL: its parameters left empty. */
export function templateUrl(template: string): string {
  return template.replace(/\{[^}]*\}/g, '');
}

/**
 * The URLs of a feed, sitemap or OpenSearch description: RSS `<link>`,
 * sitemap `<loc>`, Atom `<link href>`, RSS `<enclosure url>`, permalink
 * `<guid>`s, OpenSearch `<Url template>` and `<Image>`.
 */
export function extractFromXml(xml: string): Reference[] {
  const references: Reference[] = [];
  const open: { name: string; text: string; isPermaLink: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const local = name.toLowerCase().replace(/^[a-z]+:/, '');
        if (attributes.href)
          references.push({
            url: attributes.href.trim(),
            kind: 'navigation',
            where: `${name}[href]`,
          });
        if (local === 'enclosure' && attributes.url)
          references.push({
            url: attributes.url.trim(),
            kind: 'resource',
            where: 'enclosure[url]',
          });
        if (local === 'url' && attributes.template)
          references.push({
            url: templateUrl(attributes.template.trim()),
            kind: 'navigation',
            where: 'Url[template]',
          });
        open.push({
          name: local,
          text: '',
          isPermaLink: attributes.ispermalink !== 'false' && attributes.isPermaLink !== 'false',
        });
      },
      ontext(text) {
        const top = open.at(-1);
        if (top) top.text += text;
      },
      onclosetag() {
        const element = open.pop();
        if (!element) return;
        const text = element.text.trim();
        const isUrl =
          URL_TEXT_ELEMENTS.has(element.name) || (element.name === 'guid' && element.isPermaLink);
        if (isUrl && text)
          references.push({ url: text, kind: 'navigation', where: `<${element.name}>` });
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return references;
}
