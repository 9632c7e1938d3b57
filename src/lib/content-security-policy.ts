/**
 * The site's Content-Security-Policy, in one place: Astro writes it into every
 * page as a `<meta http-equiv>` (adding hashes of its own scripts and styles,
 * see `security.csp` in astro.config.mjs) and `public/_headers` sends the same
 * policy as an HTTP header (a test keeps the two equal).
 *
 * What the site needs, and nothing else: its own scripts, styles, images and
 * fonts; `fetch` of the Pagefind index from its own origin; WebAssembly for
 * Pagefind's search engine (`'wasm-unsafe-eval'` allows compiling wasm, not JS
 * `eval`); the header search form posting to its own search page. No inline
 * script or style attribute, no plugin, no framing.
 *
 * Every script and stylesheet is a file (astro.config.mjs turns inlining off),
 * so one policy without per-page hashes holds for every page when sent as a
 * header; the hashes Astro adds to the `<meta>` policy only narrow it further.
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
