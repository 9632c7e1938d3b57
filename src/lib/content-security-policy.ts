/**
 * The site's Content-Security-Policy in one place: Astro writes it into every page's
 * `<meta http-equiv>` (adding hashes of its own scripts and styles) and `public/_headers`
 * sends it as a header (a test keeps them equal). It allows only what the site needs: its
 * own files, `fetch` of the Pagefind index, compiling Pagefind's wasm (`'wasm-unsafe-eval'`,
 * not JS `eval`) and the search form. Inlining is off (astro.config.mjs), so the header
 * policy holds for every page without per-page hashes.
 */

/**
 * `script-src`: our files, plus compiling Pagefind's WebAssembly. Without
 * `'unsafe-inline'` no `onerror=`-style handler and no inline `<script>` runs.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** `style-src`: our stylesheets only; no `style=""` attribute, no injected `<style>`. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Every other directive that a `<meta>` policy can carry. */
export const DIRECTIVES = [
  "default-src 'self'",
  // data: for small inline images (SVG icons, Pagefind result placeholders); never another host.
  "img-src 'self' data:",
  "font-src 'self'",
  // Pagefind fetches its index fragments and the wasm file from the site itself.
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-src 'none'",
] as const;

/**
 * Directives browsers ignore in a `<meta>` policy (they must arrive before the
 * document does), so only the HTTP header carries them.
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/** The policy as an HTTP header value: the same as the `<meta>` one, less Astro's hashes. */
export function headerPolicy(): string {
  return [
    ...DIRECTIVES,
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
    ...HEADER_ONLY_DIRECTIVES,
  ].join('; ');
}

/** Astro's `security.csp` option. */
export function astroCspConfig() {
  return {
    algorithm: 'SHA-256' as const,
    directives: [...DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES] },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}
