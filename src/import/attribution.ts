/**
 * Licence and attribution the publisher of a Wikinews article owes: credit
 * Wikinews and its contributors, link the article and the licence, and say that
 * the text was changed (the corpus README lists the changes).
 */
const CC_BY_25 = 'https://creativecommons.org/licenses/by/2.5/';
const PUBLIC_DOMAIN_MARK = 'https://creativecommons.org/publicdomain/mark/1.0/';
/** Wikinews articles published before this day are in the public domain. */
const CC_BY_SINCE = '2005-09-25';

export interface Attribution {
  source: string;
  license: string;
  licenseUrl: string;
}

export function isWikinews(source: string | undefined, url: string | undefined): boolean {
  return /wikinews/i.test(source ?? '') || /wikinews\.org/i.test(url ?? '');
}

export function wikinewsAttribution(date: string): Attribution {
  const changed =
    'The text was changed for this archive: wiki markup, templates and source lists were removed and paragraphs rebuilt.';
  if (date < CC_BY_SINCE) {
    return {
      source: 'Wikinews',
      license: `From Wikinews, the free news source, by Wikinews contributors; in the public domain. ${changed}`,
      licenseUrl: PUBLIC_DOMAIN_MARK,
    };
  }
  return {
    source: 'Wikinews',
    license: `From Wikinews, the free news source, by Wikinews contributors, licensed under CC BY 2.5. ${changed}`,
    licenseUrl: CC_BY_25,
  };
}
