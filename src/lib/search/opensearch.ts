/**
 * The OpenSearch description (`/opensearch.xml`) that lets a browser add the
 * archive as a search engine: a search goes to `/search/?q=<words>`. Every
 * URL in it is absolute, base path included.
 */

export const OPENSEARCH_PATH = '/opensearch.xml';

/** The spec caps ShortName at 16 characters. */
const SHORT_NAME_LENGTH = 16;

function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (character) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[character]};`,
  );
}

export function openSearchDescription(
  siteTitle: string,
  absoluteUrl: (path: string) => string,
): string {
  const shortName =
    [...siteTitle].length <= SHORT_NAME_LENGTH
      ? siteTitle
      : `${[...siteTitle].slice(0, SHORT_NAME_LENGTH - 1).join('')}…`;
  const search = absoluteUrl('/search/');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">',
    `  <ShortName>${escapeXml(shortName)}</ShortName>`,
    `  <Description>${escapeXml(`Search the stories of ${siteTitle}`)}</Description>`,
    '  <InputEncoding>UTF-8</InputEncoding>',
    `  <Image type="image/svg+xml">${escapeXml(absoluteUrl('/favicon.svg'))}</Image>`,
    `  <Url type="text/html" method="get" template="${escapeXml(`${search}?q={searchTerms}`)}"/>`,
    `  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(OPENSEARCH_PATH))}"/>`,
    `  <moz:SearchForm>${escapeXml(search)}</moz:SearchForm>`,
    '</OpenSearchDescription>',
    '',
  ].join('\n');
}
