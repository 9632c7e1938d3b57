/**
 * /robots.txt, made at build time because the sitemap's absolute URL depends
 * on SITE_URL and BASE_PATH. Under a sub-path (`/news/robots.txt`) crawlers
 * will not look for it; the host's own robots.txt should then name the sitemap.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(
    ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('/sitemap-index.xml')}`, ''].join(
      '\n',
    ),
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
