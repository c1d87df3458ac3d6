// The page at /admin/ that starts the editors' CMS, and its own
// Content-Security-Policy. It is a static file, not an Astro page: no site
// layout, not in the sitemap, not in the search index.
import type { CmsBackend } from './cms-config.ts';

/** Origins the CMS must talk to: the Git host's API (and, for GitLab, its sign-in; for GitHub, the OAuth relay). */
export function backendOrigins(backend: CmsBackend): string[] {
  const urls =
    backend.name === 'github'
      ? ['https://api.github.com', backend.base_url]
      : [backend.api_root ?? 'https://gitlab.com/api/v4', backend.base_url];
  return [...new Set(urls.filter((u): u is string => Boolean(u)).map((u) => new URL(u).origin))];
}

/**
 * The policy of /admin/: nothing is allowed unless named. Scripts only from this site; network
 * requests only to this site and the Git host; no forms sent anywhere, no plug-ins, no frames of
 * other sites. Sveltia sets styles from script, so inline styles stay allowed (styles cannot run code).
 */
export function adminCspDirectives(backend: CmsBackend): string[] {
  const hosts = backendOrigins(backend).join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // Avatars and images in the repository come from the Git host; pasted and uploaded images are blob:/data:.
    `img-src 'self' data: blob: ${hosts}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self' blob: data: ${hosts}`,
    // The preview pane is a frame of this page; nothing else may be framed.
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "manifest-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
}

/**
 * The same policy for the web server's header, where `frame-ancestors` works (browsers ignore it
 * in a <meta> tag): no other site may show the CMS in a frame and trick an editor into clicking.
 */
export function adminCspHeader(backend: CmsBackend): string {
  return [...adminCspDirectives(backend), "frame-ancestors 'none'"].join('; ');
}

export interface AdminScript {
  src: string;
  /** data-* attributes, e.g. { style: '/_astro/site.css' } for the preview's stylesheet. */
  data?: Record<string, string>;
}

function scriptTag({ src, data = {} }: AdminScript): string {
  const attributes = Object.entries(data).map(([key, value]) => ` data-${key}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`);
  return `<script src="${src}"${attributes.join('')}></script>`;
}

export function adminHtml(backend: CmsBackend, scripts: readonly AdminScript[]): string {
  const csp = adminCspDirectives(backend).join('; ');
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>Redaktion – Familiennetz Werne</title>
<link href="config.yml" type="application/yaml" rel="cms-config-url">
</head>
<body data-pagefind-ignore="all">
${scripts.map(scriptTag).join('\n')}
</body>
</html>
`;
}
