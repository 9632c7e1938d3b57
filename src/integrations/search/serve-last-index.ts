/**
 * Search in `astro dev`: the dev server renders pages on demand, so there is
 * no complete site to index. Instead it serves the Pagefind bundle of the last
 * `astro build` at the same URL a built site has it (`<base>pagefind/…`).
 * Results then reflect the archive as it was at that build; with no build yet,
 * the requests fail and the search page says to run `npm run build` once.
 */
import type { AstroIntegrationLogger } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

interface Middlewares {
  use(
    handler: (request: IncomingMessage, response: ServerResponse, next: () => void) => void,
  ): unknown;
}

interface Options {
  outDir: string;
  base: string;
  logger: AstroIntegrationLogger;
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
};

export function serveLastIndex(middlewares: Middlewares, { outDir, base, logger }: Options): void {
  const bundleDir = path.join(outDir, 'pagefind');
  const prefix = `${base.replace(/\/+$/, '')}/pagefind/`;
  if (existsSync(bundleDir))
    logger.info(`Search in dev uses the index of the last build (${bundleDir}).`);
  else
    logger.warn(
      `No search index yet (${bundleDir}): run "npm run build" once and search works in dev too.`,
    );

  middlewares.use((request, response, next) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!pathname.startsWith(prefix)) return next();
    const file = path.join(bundleDir, decodeURIComponent(pathname.slice(prefix.length)));
    if (!file.startsWith(bundleDir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('No search index: run "npm run build" once.');
      return;
    }
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' });
    createReadStream(file).pipe(response);
  });
}
