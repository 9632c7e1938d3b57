/**
 * The Content-Security-Policy and caching rules the site ships: the same
 * policy in every page's <meta> and in `_headers`; no inline script, event
 * handler or style attribute anywhere (the policy would block them); long-lived
 * caching only for files whose names change when their content does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder, ROOT } from '../helpers/builds';
import { all, attr, parseHtml, text, type Element } from '../helpers/html';
import {
  DIRECTIVES,
  headerPolicy,
  HEADER_ONLY_DIRECTIVES,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
} from '../../src/lib/content-security-policy';

const dist = distDir('fixture');
const files = filesUnder(dist);
const pages = files.filter((file) => file.endsWith('.html'));
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** `_headers` as path pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (/^\S/.test(line)) {
      current = new Map();
      rules.set(line.trim(), current);
    } else {
      const colon = line.indexOf(':');
      if (!current || colon < 0)
        throw new Error(`_headers: header outside a rule or without a colon: ${line}`);
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** Turns a `_headers` pattern (`/_astro/*`) into a test for dist/ files. */
function patternMatcher(pattern: string): RegExp {
  const escaped = pattern
    .replace(/^\//, '')
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    // A placeholder (":shard") stands for one path segment, as Netlify and Cloudflare read it.
    .replace(/:\w+/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/** The directives of a policy, with Astro's per-page hashes left out. */
function directivesWithoutHashes(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) =>
      directive
        .trim()
        .split(/\s+/)
        .filter((token) => !/^'sha(256|384|512)-/.test(token))
        .join(' '),
    )
    .filter(Boolean);
}

describe('security headers and caching', () => {
  const headers = parseHeadersFile(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));

  it('ships _headers with the site, its policy the one src/lib/content-security-policy.ts defines', () => {
    expect(read('_headers')).toBe(readFileSync(path.join(ROOT, 'public/_headers'), 'utf8'));
    expect(headers.get('/*')?.get('content-security-policy')).toBe(headerPolicy());
    expect(headers.get('/*')?.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives every page the same <meta> policy, before any stylesheet or script', () => {
    const expected = [
      ...DIRECTIVES,
      `script-src ${SCRIPT_SOURCES.join(' ')}`,
      `style-src ${STYLE_SOURCES.join(' ')}`,
    ];
    const isPolicy = (element: Element) =>
      element.name === 'meta' &&
      attr(element, 'http-equiv')?.toLowerCase() === 'content-security-policy';
    const loads = (element: Element) =>
      (element.name === 'link' && attr(element, 'rel') === 'stylesheet') ||
      (element.name === 'script' && attr(element, 'type') !== 'application/ld+json');
    for (const page of pages) {
      const html = parseHtml(read(page));
      const metas = all('meta', html).filter(isPolicy);
      expect(metas, page).toHaveLength(1);
      const policy = directivesWithoutHashes(attr(metas[0], 'content') ?? '');
      expect(policy, page).toEqual(expected);
      for (const directive of HEADER_ONLY_DIRECTIVES) expect(policy, page).not.toContain(directive);
      // In the head, in document order: the policy comes before the first stylesheet or script.
      const head = all('head *', html);
      const firstLoad = head.findIndex(loads);
      if (firstLoad >= 0) expect(head.indexOf(metas[0]!), page).toBeLessThan(firstLoad);
    }
  });

  it('has no inline script, event handler, javascript: URL or style attribute on any page', () => {
    /** An element as a short line for a failure message. */
    const shown = (element: Element) =>
      `<${element.name} ${Object.keys(element.attribs).join(' ')}>${text(element).slice(0, 60)}`;
    for (const page of pages) {
      const elements = all('*', parseHtml(read(page)));
      const inlineScripts = elements.filter((element) => {
        if (element.name !== 'script') return false;
        const isData = /^application\/(ld\+)?json$/i.test(attr(element, 'type') ?? '');
        return !isData && attr(element, 'src') === undefined && text(element).trim() !== '';
      });
      expect(inlineScripts.map(shown), page).toEqual([]);
      // Attributes only: text that merely says `onerror=` (an article quoting markup) is text, not an attribute.
      const attributeNames = (element: Element) => Object.keys(element.attribs);
      expect(
        elements
          .filter((element) => attributeNames(element).some((name) => /^on[a-z]+$/i.test(name)))
          .map(shown),
        page,
      ).toEqual([]);
      expect(
        elements
          .filter((element) =>
            attributeNames(element).some((name) => name.toLowerCase() === 'style'),
          )
          .map(shown),
        page,
      ).toEqual([]);
      expect(elements.filter((element) => element.name === 'style').map(shown), page).toEqual([]);
      expect(
        elements.filter((element) => /^javascript:/i.test(attr(element, 'href') ?? '')).map(shown),
        page,
      ).toEqual([]);
    }
  });

  it('caches for a year only files whose names carry a hash of their content', () => {
    const immutable = [...headers].filter(([, values]) =>
      /\bimmutable\b/.test(values.get('cache-control') ?? ''),
    );
    expect(immutable.map(([pattern]) => pattern)).toContain('/_astro/*');
    for (const [pattern, values] of immutable) {
      expect(values.get('cache-control'), pattern).toMatch(/max-age=31536000/);
      const matched = files.filter((file) => patternMatcher(pattern).test(file));
      expect(matched.length, `${pattern} matches no file: a stale rule`).toBeGreaterThan(0);
      for (const file of matched) {
        // Astro: name.<8 characters>.css; Pagefind: <lang>_<7 or more hex digits>.pf_*.
        expect(
          path.basename(file),
          `${file} is cached as immutable but its name has no content hash`,
        ).toMatch(/\.[\w-]{8}\.\w+$|^[a-z-]+_[0-9a-f]{7,}\.pf_\w+$/i);
      }
    }
  });
});
