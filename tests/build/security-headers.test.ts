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
import { DIRECTIVES, headerPolicy, HEADER_ONLY_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from '../../src/lib/content-security-policy';

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
      if (!current || colon < 0) throw new Error(`_headers: header outside a rule or without a colon: ${line}`);
      current.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
  }
  return rules;
}

/** Turns a `_headers` pattern (`/_astro/*`) into a test for dist/ files. */
function patternMatcher(pattern: string): RegExp {
  const escaped = pattern.replace(/^\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** The directives of a policy, with Astro's per-page hashes left out. */
function directivesWithoutHashes(policy: string): string[] {
  return policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/).filter((token) => !/^'sha(256|384|512)-/.test(token)).join(' '))
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
    const expected = [...DIRECTIVES, `script-src ${SCRIPT_SOURCES.join(' ')}`, `style-src ${STYLE_SOURCES.join(' ')}`];
    for (const page of pages) {
      const html = read(page);
      const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/gi)];
      expect(metas, page).toHaveLength(1);
      const policy = directivesWithoutHashes(metas[0]![1]!);
      expect(policy, page).toEqual(expected);
      for (const directive of HEADER_ONLY_DIRECTIVES) expect(policy, page).not.toContain(directive);
      const head = html.slice(0, html.indexOf('</head>'));
      const firstLoad = head.search(/<link rel="stylesheet"|<script(?![^>]*type="application\/ld\+json")/);
      if (firstLoad >= 0) expect(metas[0]!.index, page).toBeLessThan(firstLoad);
    }
  });

  it('has no inline script, event handler, javascript: URL or style attribute on any page', () => {
    for (const page of pages) {
      const html = read(page);
      const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes = '', body = '']) => {
        const isData = /\btype="application\/(ld\+)?json"/i.test(attributes);
        return !isData && !/\bsrc=/i.test(attributes) && body.trim() !== '';
      });
      expect(inlineScripts.map(([tag]) => tag.slice(0, 80)), page).toEqual([]);
      // Attributes only: text that merely says `onerror=` (an article quoting markup) is escaped.
      expect(html.match(/<[a-z][^<>]*\son[a-z]+\s*=/gi) ?? [], page).toEqual([]);
      expect(html.match(/<[a-z][^<>]*\sstyle\s*=/gi) ?? [], page).toEqual([]);
      expect(html.match(/<style[\s>]/gi) ?? [], page).toEqual([]);
      expect(html.match(/\shref="javascript:/gi) ?? [], page).toEqual([]);
    }
  });

  it('caches for a year only files whose names carry a hash of their content', () => {
    const immutable = [...headers].filter(([, values]) => /\bimmutable\b/.test(values.get('cache-control') ?? ''));
    expect(immutable.map(([pattern]) => pattern)).toContain('/_astro/*');
    for (const [pattern, values] of immutable) {
      expect(values.get('cache-control'), pattern).toMatch(/max-age=31536000/);
      const matched = files.filter((file) => patternMatcher(pattern).test(file));
      expect(matched.length, `${pattern} matches no file: a stale rule`).toBeGreaterThan(0);
      for (const file of matched) {
        // Astro: name.<8 characters>.css; Pagefind: <lang>_<7 or more hex digits>.pf_*.
        expect(path.basename(file), `${file} is cached as immutable but its name has no content hash`).toMatch(/\.[\w-]{8}\.\w+$|^[a-z-]+_[0-9a-f]{7,}\.pf_\w+$/i);
      }
    }
  });
});
