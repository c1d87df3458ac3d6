// The one Content-Security-Policy of the site: everything from its own origin
// only. Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval'
// (not 'unsafe-eval'). astro.config.mjs renders it as a <meta> tag on every
// page; cspHeader() is the same policy for the city's web server (README),
// where frame-ancestors works too (browsers ignore it in a <meta> tag).
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
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const CSP_STYLE_SOURCES = ["'self'"] as const;

export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_SOURCES.join(' ')}`,
    `style-src ${CSP_STYLE_SOURCES.join(' ')}`,
    "frame-ancestors 'self'",
  ].join('; ');
}
