// The page at /admin/ that starts the editors' CMS, and its own
// Content-Security-Policy. It is a static file, not an Astro page: no site
// layout, not in the sitemap, not in the search index. It loads one script
// (start.js) that starts the CMS on the live origin only (admin-origin.ts);
// a preview build gets a page without any script that points to the live CMS.
import { translator } from '../../i18n/index.ts';
import type { CmsBackend } from './cms-config.ts';

// The editors' tools speak German.
const t = translator('de');

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

function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function scriptTag({ src, data = {} }: AdminScript): string {
  const attributes = Object.entries(data).map(([key, value]) => ` data-${key}="${attribute(value)}"`);
  return `<script src="${src}"${attributes.join('')}></script>`;
}

/** Where the live site is: its address with the base path ("https://a.example/familie/"). */
export interface LiveSite {
  /** The origin the CMS may run on. */
  origin: string;
  /** The live CMS, for the link shown anywhere else. */
  admin: string;
}

export function liveSite(siteWithBase: string): LiveSite {
  const url = new URL(siteWithBase);
  return { origin: url.origin, admin: new URL('admin/', url).href };
}

/** A page of /admin/: not indexed, no referrer to other sites, its own policy. */
function adminPage(parts: { csp: string; title: string; head?: string; body: string }): string {
  return `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<meta http-equiv="Content-Security-Policy" content="${parts.csp}">
<title>${parts.title}</title>
${parts.head ?? ''}</head>
<body data-pagefind-ignore="all">
${parts.body}
</body>
</html>
`;
}

function liveLink(href: string): string {
  return `<p>${t('admin.toLive')} <a href="${attribute(href)}">${attribute(href)}</a></p>`;
}

/**
 * /admin/index.html: one script, `start`, which loads `scripts` in order when the page is on the
 * live origin; elsewhere it shows the notice with the link to the live CMS. `siteName` (content/site.yaml)
 * tells editors whose site they edit.
 */
export function adminHtml(backend: CmsBackend, start: string, scripts: readonly AdminScript[], live: LiveSite, siteName = ''): string {
  const loader = scriptTag({ src: start, data: { live: live.origin, load: JSON.stringify(scripts) } });
  return adminPage({
    csp: adminCspDirectives(backend).join('; '),
    title: `Redaktion${siteName ? ` – ${attribute(siteName)}` : ''}`,
    head: '<link href="config.yml" type="application/yaml" rel="cms-config-url">\n',
    body: `<main data-elsewhere hidden>\n<h1>Redaktion</h1>\n<p>${t('admin.elsewhere')}</p>\n${liveLink(live.admin)}\n</main>\n${loader}`,
  });
}

/** The policy of a preview's /admin/: a page of text and one link, nothing else. */
export const PREVIEW_ADMIN_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** /admin/index.html of a preview build: no CMS, no script; the link to the live CMS if known. */
export function previewAdminHtml(liveAdmin: string | undefined): string {
  const link = liveAdmin ? liveLink(liveAdmin) : `<p>${t('admin.askForLive')}</p>`;
  return adminPage({
    csp: PREVIEW_ADMIN_CSP,
    title: 'Redaktion – Vorschau',
    body: `<main>\n<h1>Redaktion</h1>\n<p>${t('admin.preview')}</p>\n${link}\n</main>`,
  });
}
