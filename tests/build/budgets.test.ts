/**
 * Size budget of an article page: its HTML plus every stylesheet it loads,
 * each gzip-compressed as a host sends it, at most 30 KB; and no JavaScript
 * beyond what every page carries (the header's search hand-off).
 *
 * gzip, not brotli: every static host serves gzip (GitHub Pages serves
 * nothing else), and gzip output is the larger of the two, so the budget holds
 * everywhere. At level 1, nginx's default (gzip_comp_level): hosts compress on
 * the fly and favour speed, and a lower level only makes the bytes larger, so
 * level 1 is the size a reader may be sent, not the best case level 9 gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distDir, filesUnder } from '../helpers/builds';
import { all, attr, parseHtml, text } from '../helpers/html';
import { extractFromHtml } from '../../scripts/link-check/extract';
import { fileForPath, resolveReference } from '../../scripts/link-check/resolve';

const BUDGET_BYTES = 30 * 1024;
/** nginx's default gzip_comp_level, the fastest and largest output a host sends. */
const HOST_GZIP = { level: 1 };
/** The header's search hand-off, gzip-compressed, may not outgrow this. */
const SITE_WIDE_SCRIPT_BUDGET_BYTES = 2 * 1024;
const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;
const SITE = { origin: 'https://archive.example', basePath: '/' };

const dist = distDir('fixture');
const files = new Set(filesUnder(dist));
const read = (file: string) => readFileSync(path.join(dist, file));

/** Stylesheets (as dist/ files) and inline `<style>` blocks of a page. */
function stylesheetsOf(page: string, html: string): string[] {
  return extractFromHtml(html)
    .references.filter((reference) => reference.where === 'link[rel=stylesheet]')
    .map((reference) => {
      const resolution = resolveReference(reference.url, page, SITE);
      const file =
        resolution.kind === 'internal'
          ? fileForPath(resolution.path, (name) => files.has(name))
          : undefined;
      if (!file) throw new Error(`${page}: stylesheet ${reference.url} is not in dist/`);
      return file;
    });
}

/** Executable scripts: external by URL, inline by content. JSON-LD and other data blocks do not run. */
function scriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const script of all('script', parseHtml(html))) {
    const type = attr(script, 'type')?.toLowerCase();
    if (
      type &&
      type !== 'module' &&
      type !== 'text/javascript' &&
      type !== 'application/javascript'
    )
      continue;
    scripts.push(attr(script, 'src') ?? `inline:${text(script)}`);
  }
  return scripts;
}

function transferSize(page: string) {
  const html = read(page);
  const parts = [html, ...stylesheetsOf(page, html.toString('utf8')).map(read)];
  return {
    gzip: parts.reduce((sum, part) => sum + gzipSync(part, HOST_GZIP).length, 0),
    brotli: parts.reduce((sum, part) => sum + brotliCompressSync(part).length, 0),
  };
}

describe('article page budget', () => {
  const articlePages = [...files].filter((file) => ARTICLE_PAGE.test(file));
  const sizes = articlePages.map((page) => ({ page, ...transferSize(page) }));

  it(`keeps every article page's HTML + CSS within ${BUDGET_BYTES / 1024} KB at gzip level 1`, () => {
    expect(articlePages.length).toBeGreaterThan(20);
    const largest = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(
      `largest article page: ${largest.page}, HTML + CSS ${(largest.gzip / 1024).toFixed(1)} KB gzip (level 1), ${(largest.brotli / 1024).toFixed(1)} KB brotli`,
    );
    const over = sizes
      .filter((size) => size.gzip > BUDGET_BYTES)
      .map((size) => `${size.page}: ${size.gzip} B`);
    expect(over).toEqual([]);
  });

  it('runs no script on an article page except the site-wide one every page has', () => {
    const siteWide = new Set(scriptsOf(read('index.html').toString('utf8')));
    for (const page of articlePages) {
      const pageOnly = scriptsOf(read(page).toString('utf8')).filter(
        (script) => !siteWide.has(script),
      );
      expect(pageOnly, page).toEqual([]);
    }
    for (const script of siteWide) {
      expect(
        script,
        'site-wide script must be a file, cacheable and allowed by the CSP',
      ).not.toMatch(/^inline:/);
      const resolution = resolveReference(script, 'index.html', SITE);
      const file =
        resolution.kind === 'internal'
          ? fileForPath(resolution.path, (name) => files.has(name))
          : undefined;
      expect(file, script).toBeDefined();
      expect(gzipSync(read(file!), HOST_GZIP).length, script).toBeLessThanOrEqual(
        SITE_WIDE_SCRIPT_BUDGET_BYTES,
      );
    }
  });
});
