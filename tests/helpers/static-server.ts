/**
 * Serves a built site the way a static host does: files under a base path,
 * `index.html` for folders, the site's own 404 page for anything missing.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface RunningSite {
  /** Origin plus base path, ending in `/`, e.g. `http://127.0.0.1:40123/news/`. */
  url: string;
  /** Extra headers sent with every HTML response, e.g. a Content-Security-Policy. */
  close(): Promise<void>;
}

export interface ServeOptions {
  basePath?: string;
  headers?: Record<string, string>;
}

function resolveFile(root: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(candidate) ? candidate : undefined;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<RunningSite> {
  const basePath = options.basePath ?? '/';
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(basePath)
      ? resolveFile(root, `/${pathname.slice(basePath.length)}`)
      : undefined;
    const found = file !== undefined;
    const served = file ?? path.join(root, '404.html');
    const type = CONTENT_TYPES[path.extname(served)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type };
    if (type.startsWith('text/html')) Object.assign(headers, options.headers);
    if (!existsSync(served)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(found ? 200 : 404, headers);
    createReadStream(served).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
