/** /opensearch.xml: the archive as a browser search engine (linked from every page's <head>). */
import type { APIRoute } from 'astro';
import { SITE_TITLE } from '../config';
import { openSearchDescription } from '../lib/search/opensearch';
import { absoluteUrl } from '../lib/urls';

export const GET: APIRoute = () =>
  new Response(
    openSearchDescription(SITE_TITLE, (path) => absoluteUrl(path)),
    {
      headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' },
    },
  );
