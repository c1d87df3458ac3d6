// Which addresses on other hosts are left in the files /admin/ serves, and
// whether the CMS could request any of them by itself. The build stops on
// one that could.
//
// What counts: every http(s) address in a served script, stylesheet or data
// file is looked up below. An address on a CDN (code, fonts, styles) always
// counts, wherever it appears. Every other host must be listed here with the
// reason it is never requested without the editor doing something on purpose
// (following a link, typing a key for a service into the settings); a host
// that is not listed counts, so a new Sveltia version with a new address
// stops the build until someone has looked at it. The admin CSP refuses all
// of them anyway; this check makes sure the CMS does not depend on that.

export type RemoteUrlKind = 'link' | 'namespace' | 'git-host' | 'service' | 'removed' | 'dynamic';

interface HostRule {
  host: RegExp;
  kind: RemoteUrlKind;
  why: string;
}

/** Hosts that serve code, styles or fonts: an address there in a served file always counts. */
export const CDN_HOSTS = [
  'unpkg.com',
  'cdn.jsdelivr.net',
  'esm.sh',
  'cdnjs.cloudflare.com',
  'cdn.skypack.dev',
  'ga.jspm.io',
  'jspm.dev',
  'fonts.googleapis.com',
  'fonts.gstatic.com',
  'use.typekit.net',
  'code.jquery.com',
  'stackpath.bootstrapcdn.com',
] as const;

const LINK = 'Link für Menschen (Hilfe, Dokumentation, Konsole eines Dienstes); wird nur auf Klick in einem neuen Tab geöffnet';
const SERVICE = 'Dienst, den das CMS nur anspricht, wenn er in config.yml eingerichtet oder in den Einstellungen ein Schlüssel dafür eingetragen ist (hier weder noch)';

/** An exact host name list as a rule pattern. */
function hosts(...names: string[]): RegExp {
  return new RegExp(`^(${names.map((n) => n.replaceAll('.', '\\.')).join('|')})$`);
}

const RULES: HostRule[] = [
  // Documentation, error explanations, licences and the consoles of services, named in messages and menus.
  { host: hosts('sveltiacms.app', 'www.sveltiacms.app', 'github.com', 'gist.github.com', 'svelte.dev', 'lexical.dev', 'react.dev'), kind: 'link', why: LINK },
  {
    host: hosts('stackoverflow.com', 'fontsource.org', 'scripts.sil.org', 'developer.mozilla.org', 'en.wikipedia.org', 'jsperf.com', 'www.ecma-international.org'),
    kind: 'link',
    why: LINK,
  },
  { host: hosts('discord.com', 'bsky.app', 'youtu.be', 'www.youtube.com', 'www.openstreetmap.org', 'learn.microsoft.com'), kind: 'link', why: LINK },
  {
    host: hosts(
      'ai.google.dev', 'aistudio.google.com', 'console.cloud.google.com', 'platform.openai.com', 'platform.claude.com', 'docs.claude.com',
      'platform.deepseek.com', 'api-docs.deepseek.com', 'docs.mistral.ai', 'console.mistral.ai',
    ),
    kind: 'link',
    why: LINK,
  },
  {
    host: hosts(
      'cloudinary.com', 'console.cloudinary.com', 'uploadcare.com', 'app.uploadcare.com', 'unsplash.com', 'www.pexels.com', 'supabase.com',
      'bunny.net', 'dash.bunny.net', 'www.scaleway.com', 'console.scaleway.com', 'www.backblaze.com', 'secure.backblaze.com',
      'www.digitalocean.com', 'cloud.digitalocean.com', 'docs.digitalocean.com', 'www.cloudflare.com', 'dash.cloudflare.com',
      'developers.cloudflare.com', 'aws.amazon.com', 'console.aws.amazon.com', 'docs.aws.amazon.com', 'azure.microsoft.com', 'portal.azure.com',
    ),
    kind: 'link',
    why: LINK,
  },
  // XML namespaces and schema identifiers: names, not addresses to load.
  { host: hosts('www.w3.org', 'json-schema.org', 'ns.adobe.com', 'schema.org'), kind: 'namespace', why: 'Name eines XML-Namensraums, JSON-Schemas oder Vokabulars (schema.org), keine Adresse zum Laden' },
  // The Git services Sveltia supports; only the one in config.yml is talked to (and allowed by the CSP).
  {
    host: hosts('api.github.com', 'gitlab.com', 'gitea.com', 'codeberg.org', 'api.netlify.com', 'identity.netlify.com'),
    kind: 'git-host',
    why: 'Git-Dienst: angesprochen wird nur der in config.yml eingetragene (die CSP erlaubt nur ihn)',
  },
  // Services behind settings or options this site does not use.
  {
    host: hosts('api.openai.com', 'api.anthropic.com', 'generativelanguage.googleapis.com', 'api.mistral.ai', 'api.deepseek.com', 'translation.googleapis.com'),
    kind: 'service',
    why: SERVICE,
  },
  {
    host: hosts('res.cloudinary.com', 'api.uploadcare.com', 'upload.uploadcare.com', 'ucarecdn.com', 'api.unsplash.com', 'api.pexels.com', 'pixabay.com'),
    kind: 'service',
    why: SERVICE,
  },
  // Stock photos without a key: switched off in config.yml (media_libraries.stock_assets: false).
  { host: hosts('picsum.photos'), kind: 'service', why: 'Fotoarchiv ohne Schlüssel: in config.yml abgeschaltet (media_libraries.stock_assets: false)' },
  // Map field and video embeds: field types this site does not use.
  { host: hosts('{s}.tile.openstreetmap.org', 'nominatim.openstreetmap.org', 'www.youtube-nocookie.com'), kind: 'service', why: SERVICE },
  { host: /^s3\.\$\{[^}]+\}\.(amazonaws\.com|scw\.cloud|backblazeb2\.com)$/, kind: 'service', why: SERVICE },
  // Polled every five minutes by the status bar; sveltia-bundle.ts removes the call.
  {
    host: hosts('www.githubstatus.com', 'status-api.hostedstatus.com', 'status.gitlab.com'),
    kind: 'removed',
    why: 'Statusseite von github.com/gitlab.com: der Aufruf (checkStatus) ist in src/lib/editor/sveltia-bundle.ts entfernt; sonst nur Link',
  },
];

export interface RemoteUrl {
  url: string;
  host: string;
}

export interface Finding extends RemoteUrl {
  file: string;
  kind?: RemoteUrlKind;
  why?: string;
}

const URL_RE = /https?:\/\/[^\s"'`<>()\\,;]+/g;

export function remoteUrls(text: string): RemoteUrl[] {
  const seen = new Map<string, RemoteUrl>();
  for (const [url] of text.matchAll(URL_RE)) {
    const host = url.replace(/^https?:\/\//, '').split(/[/?#]/)[0] ?? '';
    if (!seen.has(url)) seen.set(url, { url, host });
  }
  return [...seen.values()];
}

function isCdn(host: string): boolean {
  return CDN_HOSTS.some((cdn) => host === cdn || host.endsWith(`.${cdn}`));
}

/** How an address is classified, or undefined when it could be requested (CDN or unknown host). */
export function classify(url: RemoteUrl, own: readonly string[] = []): { kind: RemoteUrlKind; why: string } | undefined {
  const { host } = url;
  if (isCdn(host)) return undefined;
  if (own.includes(host)) return { kind: 'git-host', why: 'diese Website oder der eingerichtete Git-Dienst' };
  if (host === '' || /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host)) return { kind: 'namespace', why: 'keine fremde Adresse' };
  // A host put together at run time from configuration (a bucket, a region, the city's GitLab).
  if (host.startsWith('${') || /\$\{/.test(host.split('.')[0] ?? '')) {
    return { kind: 'dynamic', why: 'Adresse aus der Konfiguration zusammengesetzt (Speicher-Bucket, eigener Server)' };
  }
  const rule = RULES.find((r) => r.host.test(host));
  return rule ? { kind: rule.kind, why: rule.why } : undefined;
}

/** Every address in the given files with its classification; `kind` is missing where it counts. */
export function scanRemoteUrls(files: { path: string; text: string }[], own: readonly string[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const { path, text } of files) {
    for (const url of remoteUrls(text)) findings.push({ file: path, ...url, ...classify(url, own) });
    // A CDN host counts wherever it appears, also without a scheme ("//unpkg.com/…", a host variable).
    for (const cdn of CDN_HOSTS) {
      if (text.includes(cdn) && !findings.some((f) => f.file === path && f.host === cdn)) findings.push({ file: path, url: cdn, host: cdn });
    }
  }
  return findings;
}

/**
 * Stops the build when a served file still names an address the CMS could request. `own`: hosts
 * the CMS is meant to talk to (the site, the configured Git host).
 */
export function assertNoRequestableUrls(files: { path: string; text: string }[], own: readonly string[] = []): void {
  const bad = scanRemoteUrls(files, own).filter((f) => !f.kind);
  if (bad.length > 0) {
    const lines = bad.map((f) => `  admin/${f.file}: ${f.url}`).join('\n');
    throw new Error(
      `Das Redaktionssystem würde Adressen auf fremden Servern laden:\n${lines}\n` +
        'Auf eine Kopie unter /admin/ umlenken (src/lib/editor/sveltia-bundle.ts) oder, wenn sie nie von selbst geladen wird, mit Begründung in src/lib/editor/remote-urls.ts eintragen.',
    );
  }
}
