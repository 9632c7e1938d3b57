/**
 * `_redirects` for the old paths of stories, and keeping them out of the sitemap: after
 * `astro build`, reads the redirect pages `src/pages/[...oldPath].astro` wrote and appends
 * one `from to 301` line each, base path included, to `<outDir>/_redirects` (Netlify and
 * Cloudflare Pages format) after `public/_redirects`. The pages are read back, not
 * recomputed, because the config's process has no content collections loaded.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The route of the redirect pages, as Astro names it in `assets`. */
const REDIRECT_ROUTE = /\[\.\.\.oldPath\]/;
const REFRESH = /<meta http-equiv="refresh" content="0; url=([^"]+)"/;
export const REDIRECTS_FILE = '_redirects';
const HEADING = '# Old paths of stories (their aliases), written by the build';

/** The target of a redirect page, from its meta refresh; `undefined` if it has none. */
export function refreshTarget(html: string): string | undefined {
  const url = REFRESH.exec(html)?.[1];
  return url?.replaceAll('&amp;', '&');
}

export interface RedirectPages extends AstroIntegration {
  /** Whether a page URL (as the sitemap gives it) is a redirect page of this build. */
  isRedirect(pageUrl: string): boolean;
}

export default function redirectPages(): RedirectPages {
  let base = '/';
  const redirectPaths = new Set<string>();
  return {
    name: 'news-archive:redirects',
    isRedirect: (pageUrl) => redirectPaths.has(new URL(pageUrl).pathname),
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const files = [...assets]
          .filter(([route]) => REDIRECT_ROUTE.test(route))
          .flatMap(([, urls]) => urls.map((url) => fileURLToPath(url)));
        const lines: string[] = [];
        for (const file of files.sort()) {
          const target = refreshTarget(await fs.readFile(file, 'utf8'));
          if (!target) throw new Error(`${file}: a redirect page without a meta refresh`);
          const from =
            base + path.relative(root, path.dirname(file)).split(path.sep).join('/') + '/';
          redirectPaths.add(from);
          lines.push(`${from} ${target} 301`);
        }
        if (lines.length === 0) return;
        // Astro copied public/_redirects, if there is one, before this hook: the lines go after it.
        const output = path.join(root, REDIRECTS_FILE);
        const own = existsSync(output)
          ? (await fs.readFile(output, 'utf8')).replace(/\n*$/, '\n\n')
          : '';
        await fs.writeFile(output, `${own}${HEADING}\n${lines.join('\n')}\n`);
        logger.info(
          `${lines.length} old paths of stories redirect to their stories (${REDIRECTS_FILE}).`,
        );
      },
    },
  };
}
