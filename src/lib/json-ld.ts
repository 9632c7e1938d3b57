/**
 * Structured data (schema.org JSON-LD) for search engines: a `NewsArticle` for
 * each story and the `BreadcrumbList` that places it in the archive.
 *
 * The builders take plain data with absolute URLs already made, so they stay
 * pure; `serializeJsonLd` makes the text safe to put inside a <script> element.
 */
import { datelineParts } from './dateline';

export interface LinkedName {
  name: string;
  /** Absolute URL of the page about it. */
  url: string;
}

export interface NewsArticleInput {
  /** Absolute canonical URL of the article. */
  url: string;
  headline: string;
  /** `YYYY-MM-DD` */
  date: string;
  summary?: string | undefined;
  /** Place the story was filed from. */
  dateline?: string | undefined;
  source?: string | undefined;
  byline: readonly string[];
  lang: string;
  people: readonly LinkedName[];
  places: readonly LinkedName[];
  organizations: readonly LinkedName[];
  topics: readonly string[];
  /** The original article this archive copy was made from. */
  originalUrl?: string | undefined;
  license?: string | undefined;
  licenseUrl?: string | undefined;
  /** The archive that publishes the page. */
  publisher: LinkedName;
}

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

function thing(type: string, { name, url }: LinkedName): JsonLd {
  return { '@type': type, name, url };
}

/** Drops fields that are undefined or empty lists, so the output says only what is known. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

/** `CHANGSHA, March 22 (Xinhua)`: the dateline as the story prints it, without the dash. */
function datelineOf(input: NewsArticleInput): string | undefined {
  if (!input.dateline) return undefined;
  const { place, date, source } = datelineParts(input);
  return `${place}, ${date}${source ? ` (${source})` : ''}`;
}

/** The licence: its URL when there is one (schema.org wants a URL or a CreativeWork), else its text. */
function licenseOf(input: NewsArticleInput): string | JsonLd | undefined {
  if (input.licenseUrl) return input.licenseUrl;
  if (input.license) return { '@type': 'CreativeWork', name: input.license };
  return undefined;
}

export function newsArticleJsonLd(input: NewsArticleInput): JsonLd {
  const sourceOrganization = input.source
    ? { '@type': 'Organization', name: input.source }
    : undefined;
  return compact({
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
    description: input.summary,
    datePublished: input.date,
    dateline: datelineOf(input),
    inLanguage: input.lang,
    author:
      input.byline.length > 0
        ? input.byline.map((name) => ({ '@type': 'Person', name }))
        : undefined,
    sourceOrganization,
    publisher: { '@type': 'Organization', name: input.publisher.name, url: input.publisher.url },
    about: [
      ...input.people.map((person) => thing('Person', person)),
      ...input.organizations.map((org) => thing('Organization', org)),
    ],
    contentLocation: input.places.map((place) => thing('Place', place)),
    keywords: input.topics.length > 0 ? input.topics.join(', ') : undefined,
    isBasedOn: input.originalUrl,
    isAccessibleForFree: true,
    license: licenseOf(input),
    creditText: input.license,
  });
}

/** A trail of pages from the home page down to this one, each with its absolute URL. */
export function breadcrumbJsonLd(trail: readonly LinkedName[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. Article text could
 * otherwise contain `</script>` and end the element early; escaping `<`, `>`
 * and `&` as \u00XX keeps the JSON identical once parsed and makes closing the
 * tag impossible. U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
