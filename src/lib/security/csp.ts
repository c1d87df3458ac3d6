// The Content-Security-Policy of the site's pages (security finding 17/11):
// everything from the site's own origin, no inline code, and WebAssembly only
// where it runs. Pagefind compiles its WebAssembly on the search page, which
// needs 'wasm-unsafe-eval' (not 'unsafe-eval'); no other page gets it.
// BaseLayout writes pageCsp() as a <meta> tag; cspHeader() is the same policy
// for the city's web server (README), where frame-ancestors works too
// (browsers ignore it in a <meta> tag). No page has an inline script or
// style (tests/build/meta.test.ts), so the policy needs no hashes and the
// header is one fixed line per kind of page.

/** Which policy a page needs: every page, or the search page with Pagefind's WebAssembly. */
export type PagePolicy = 'page' | 'search';

export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

const SCRIPT_SOURCES: Record<PagePolicy, readonly string[]> = {
  page: ["'self'"],
  search: ["'self'", "'wasm-unsafe-eval'"],
};
export const CSP_STYLE_SOURCES = ["'self'"] as const;

function directives(policy: PagePolicy): string[] {
  return [...CSP_DIRECTIVES, `script-src ${SCRIPT_SOURCES[policy].join(' ')}`, `style-src ${CSP_STYLE_SOURCES.join(' ')}`];
}

/** The policy in the page's <meta http-equiv="content-security-policy">. */
export function pageCsp(policy: PagePolicy = 'page'): string {
  return directives(policy).join('; ');
}

/** The same policy as the web server's header, with frame-ancestors (no other site may frame a page). */
export function cspHeader(policy: PagePolicy = 'page'): string {
  return [...directives(policy), "frame-ancestors 'self'"].join('; ');
}
