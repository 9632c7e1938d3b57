/**
 * Checks a built `dist/` as a static host would serve it under its base path: every
 * internal link, asset, feed and entity-JSON story URL (and its `#fragment`) resolves,
 * nothing loads from another host, every page is reachable from the home page. One
 * breadth-first pass parses each page once, so memory grows with distinct URLs, not
 * links × pages. Redirect pages and `_redirects` targets must resolve, but are not
 * reported as unreachable: nothing on the site links to an old path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFromHtml, extractFromXml, jsonLdUrls, type Reference } from './extract';
import { fileForPath, resolveReference, type SiteLocation } from './resolve';

export interface LinkCheckOptions extends SiteLocation {
  distDir: string;
  /** Pages the crawl starts from, relative to `dist/`. */
  entryPages?: string[];
  /** Pages that are fine to have no link to them (the host serves them itself). */
  unlinkedPages?: string[];
}

export type ProblemKind =
  'missing' | 'missing-anchor' | 'outside-base' | 'external-resource' | 'script-url';

export interface Problem {
  kind: ProblemKind;
  url: string;
  /** The first page or feed the reference was found on, relative to `dist/`. */
  source: string;
  where: string;
  /** How many pages and feeds have it: one broken header link breaks every page. */
  occurrences: number;
}

export interface LinkCheckReport {
  pages: number;
  feeds: number;
  /** Redirect pages (old paths of stories) among `pages`. */
  redirectPages: number;
  /** Lines of `_redirects` whose target was checked. */
  redirectRules: number;
  /** Data files (JSON outside the search index and assets) whose URLs were checked. */
  dataFiles: number;
  /** References looked at, counted once per page they are on. */
  references: number;
  problems: Problem[];
  /** Pages no chain of links from the entry pages reaches. */
  unreachable: string[];
}

const FEED_FILE = /\.xml$/;
/** JSON the site publishes as data; the search index's and the bundler's own files are not. */
const DATA_FILE = /^(?!pagefind\/|_astro\/).*\.json$/;
const REDIRECTS_FILE = '_redirects';

/** `from to [status]` rules of a `_redirects` file (Netlify, Cloudflare Pages), comments and blank lines left out. */
export function redirectRules(text: string): { from: string; to: string; line: number }[] {
  return text.split('\n').flatMap((raw, index) => {
    const fields = raw.replace(/#.*$/, '').trim().split(/\s+/).filter(Boolean);
    return fields.length >= 2 ? [{ from: fields[0]!, to: fields[1]!, line: index + 1 }] : [];
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

export function checkSite(options: LinkCheckOptions): LinkCheckReport {
  const { distDir, entryPages = ['index.html'], unlinkedPages = ['404.html'] } = options;
  const site: SiteLocation = { origin: options.origin, basePath: options.basePath };
  const files = filesUnder(distDir);
  const fileSet = new Set(files);
  const exists = (file: string) => fileSet.has(file);
  const pages = files.filter((file) => file.endsWith('.html'));
  const feeds = files.filter((file) => FEED_FILE.test(file));
  const dataFiles = files.filter((file) => DATA_FILE.test(file));
  const redirectPages = new Set<string>();

  /** One entry per broken URL, however many pages carry it. */
  const problemsByUrl = new Map<string, Problem>();
  const addProblem = (kind: ProblemKind, source: string, url: string, where: string) => {
    const key = `${kind} ${url}`;
    const known = problemsByUrl.get(key);
    if (known) known.occurrences += 1;
    else problemsByUrl.set(key, { kind, url, source, where, occurrences: 1 });
  };
  const anchorsByPage = new Map<string, Set<string>>();
  /** Fragment targets to confirm once every page has been read: page → fragment → first source. */
  const wantedAnchors = new Map<
    string,
    Map<string, { source: string; url: string; where: string }>
  >();
  const visited = new Set<string>();
  const queue: string[] = entryPages.filter(exists);
  for (const page of queue) visited.add(page);
  let references = 0;

  const check = (source: string, reference: Reference, followLinks: boolean) => {
    references += 1;
    const resolution = resolveReference(reference.url, source, site);
    const report = (kind: ProblemKind) => addProblem(kind, source, reference.url, reference.where);
    switch (resolution.kind) {
      case 'script':
        report('script-url');
        return;
      case 'outside-base':
        report('outside-base');
        return;
      case 'external':
        // Links to other hosts are the reader's choice; loading from them is not ours to make.
        if (reference.kind === 'resource' && /^https?:/.test(resolution.url))
          report('external-resource');
        return;
      case 'internal': {
        const file = fileForPath(resolution.path, exists);
        if (file === undefined) {
          report('missing');
          return;
        }
        if (resolution.fragment && file.endsWith('.html')) {
          const wanted = wantedAnchors.get(file) ?? new Map();
          if (!wanted.has(resolution.fragment))
            wanted.set(resolution.fragment, { source, url: reference.url, where: reference.where });
          wantedAnchors.set(file, wanted);
        }
        if (
          followLinks &&
          reference.kind === 'navigation' &&
          file.endsWith('.html') &&
          !visited.has(file)
        ) {
          visited.add(file);
          queue.push(file);
        }
      }
    }
  };

  const readPage = (page: string, followLinks: boolean) => {
    const {
      references: found,
      anchors,
      redirectTo,
    } = extractFromHtml(readFileSync(path.join(distDir, page), 'utf8'));
    anchorsByPage.set(page, anchors);
    if (redirectTo !== undefined) redirectPages.add(page);
    // A page links to the same place many times (header, footer); check each URL once per page.
    const seen = new Set<string>();
    for (const reference of found) {
      const key = `${reference.kind} ${reference.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      check(page, reference, followLinks);
    }
  };

  for (let index = 0; index < queue.length; index += 1) readPage(queue[index]!, true);
  const unvisited = pages.filter((page) => !visited.has(page));
  for (const page of unvisited) readPage(page, false);
  const unreachable = unvisited.filter(
    (page) => !unlinkedPages.includes(page) && !redirectPages.has(page),
  );
  for (const feed of feeds) {
    for (const reference of extractFromXml(readFileSync(path.join(distDir, feed), 'utf8')))
      check(feed, reference, false);
  }
  for (const file of dataFiles) {
    let urls: string[];
    try {
      urls = jsonLdUrls(readFileSync(path.join(distDir, file), 'utf8'));
    } catch {
      addProblem('missing', file, file, 'unreadable JSON');
      continue;
    }
    for (const url of urls) check(file, { url, kind: 'navigation', where: 'JSON url' }, false);
  }
  // A rule's source is a path of the site, already under the base path; only its target must exist.
  const rules = exists(REDIRECTS_FILE)
    ? redirectRules(readFileSync(path.join(distDir, REDIRECTS_FILE), 'utf8'))
    : [];
  for (const rule of rules)
    check(REDIRECTS_FILE, { url: rule.to, kind: 'navigation', where: `line ${rule.line}` }, false);

  for (const [page, wanted] of wantedAnchors) {
    const anchors = anchorsByPage.get(page);
    for (const [fragment, { source, url, where }] of wanted) {
      if (!anchors?.has(fragment)) addProblem('missing-anchor', source, url, where);
    }
  }

  return {
    pages: pages.length,
    feeds: feeds.length,
    redirectPages: redirectPages.size,
    redirectRules: rules.length,
    dataFiles: dataFiles.length,
    references,
    problems: [...problemsByUrl.values()],
    unreachable,
  };
}

/** A report as lines a person can act on; empty when all is well. */
export function describeProblems(report: LinkCheckReport, limit = 50): string[] {
  const lines = report.problems.slice(0, limit).map((problem) => {
    const others = problem.occurrences > 1 ? ` and ${problem.occurrences - 1} more` : '';
    return `${problem.kind}: ${problem.url} (${problem.where} on ${problem.source}${others})`;
  });
  if (report.problems.length > limit)
    lines.push(`… and ${report.problems.length - limit} more problems`);
  lines.push(
    ...report.unreachable.slice(0, limit).map((page) => `unreachable from the home page: ${page}`),
  );
  if (report.unreachable.length > limit)
    lines.push(`… and ${report.unreachable.length - limit} more unreachable pages`);
  return lines;
}
