// Where a pipeline's build will be published: the site address (SITE_URL) and the path below it
// (BASE_PATH) that `astro build` and the tests read. One rule for GitLab and GitHub, so the build
// that is tested is the build that is deployed — the live site or a merge-request preview.
//
// Live (default branch, nightly schedule): SITE_URL/BASE_PATH from the project settings, else the
// Pages address (GitLab's CI_PAGES_URL, GitHub's owner.github.io/repo), else nothing: the site's
// own default address applies.
// Preview (merge/pull request), only where the city has set one up:
//   PREVIEW_URL     an address of its own for previews (its own host = its own origin), each
//                   request below mr-<n>/ (GitLab) or pr-<n>/ (GitHub), uploaded by rsync;
//   PREVIEW_PAGES   "parallel": GitLab Pages parallel deployments (Premium/Ultimate, GitLab 17.9+),
//                   refused when the live site has the same origin as the Pages address.
// Without a preview set up, a merge request is built exactly as it would go live.

type Env = Record<string, string | undefined>;

export interface SiteAddress {
  /** Absolute origin (plus path) of the site, or undefined for the site's own default. */
  siteUrl?: string;
  /** Path below the origin, "/…/", or undefined for "/". */
  basePath?: string;
  /**
   * Set for a merge/pull-request preview: where it goes, the folder below the preview root, and the
   * live site's address (its /admin/ is where editors are sent: a preview has no CMS).
   */
  preview?: { kind: 'server' | 'gitlab-pages'; folder: string; url: string; live: string };
}

export class SiteAddressError extends Error {}

/** A CI/CD variable: set but empty counts as unset (an unset GitLab variable expands to ""). */
function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parseUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteAddressError(`${name}="${raw}" ist keine vollständige Adresse — z. B. https://familie.example.org eintragen`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteAddressError(`${name}="${raw}" muss mit https:// beginnen`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteAddressError(`${name}="${raw}" darf nur Adresse und Pfad enthalten (kein ?, #, Benutzername)`);
  }
  return url;
}

/** "/", "/familie/", … from any spelling ("familie", "/familie"). */
export function normalizeBasePath(name: string, raw: string): string {
  if (!/^[A-Za-z0-9._~/-]*$/.test(raw)) {
    throw new SiteAddressError(`${name}="${raw}" darf nur Buchstaben, Ziffern und . _ ~ - / enthalten`);
  }
  const inner = raw.replace(/^\/+|\/+$/g, '').replace(/\/{2,}/g, '/');
  return inner ? `/${inner}/` : '/';
}

/** An address split into origin and base path ("https://a.example/x" → origin, "/x/"). */
function split(name: string, raw: string): { origin: string; path: string } {
  const url = parseUrl(name, raw);
  return { origin: url.origin, path: normalizeBasePath(name, url.pathname) };
}

function requestNumber(env: Env): { platform: 'gitlab' | 'github'; number: string } | undefined {
  if (setting(env, 'GITLAB_CI') && setting(env, 'CI_PIPELINE_SOURCE') === 'merge_request_event') {
    const iid = setting(env, 'CI_MERGE_REQUEST_IID');
    if (!iid || !/^\d+$/.test(iid)) throw new SiteAddressError('Merge-Request-Pipeline ohne CI_MERGE_REQUEST_IID');
    return { platform: 'gitlab', number: iid };
  }
  if (setting(env, 'GITHUB_ACTIONS') && /^pull_request/.test(setting(env, 'GITHUB_EVENT_NAME') ?? '')) {
    const number = /^refs\/pull\/(\d+)\//.exec(setting(env, 'GITHUB_REF') ?? '')?.[1];
    if (!number) throw new SiteAddressError(`Pull-Request-Lauf, aber GITHUB_REF="${env['GITHUB_REF'] ?? ''}" nennt keine Nummer`);
    return { platform: 'github', number };
  }
  return undefined;
}

/** The live site's address from the settings or the Pages defaults. */
export function liveAddress(env: Env): SiteAddress {
  const site = setting(env, 'SITE_URL');
  const base = setting(env, 'BASE_PATH');
  if (site) {
    const { origin, path } = split('SITE_URL', site);
    return { siteUrl: origin, basePath: base ? normalizeBasePath('BASE_PATH', base) : path };
  }
  const pages = setting(env, 'CI_PAGES_URL');
  if (setting(env, 'GITLAB_CI') && pages) {
    const { origin, path } = split('CI_PAGES_URL', pages);
    return { siteUrl: origin, basePath: base ? normalizeBasePath('BASE_PATH', base) : path };
  }
  const repository = setting(env, 'GITHUB_REPOSITORY');
  if (setting(env, 'GITHUB_ACTIONS') && repository && setting(env, 'USE_PAGES') !== 'false') {
    const [owner = '', repo = ''] = repository.split('/');
    const host = `${owner.toLowerCase()}.github.io`;
    // A repository named "<owner>.github.io" is served at the root of that host.
    const path = repo.toLowerCase() === host ? '/' : `/${repo}/`;
    return { siteUrl: `https://${host}`, basePath: base ? normalizeBasePath('BASE_PATH', base) : path };
  }
  return base ? { basePath: normalizeBasePath('BASE_PATH', base) } : {};
}

/** Where this pipeline's build goes: the live address, or a preview's when one is set up. */
export function siteAddress(env: Env): SiteAddress {
  const live = liveAddress(env);
  const request = requestNumber(env);
  if (!request) return live;
  const folder = `${request.platform === 'gitlab' ? 'mr' : 'pr'}-${request.number}`;

  const previewUrl = setting(env, 'PREVIEW_URL');
  if (previewUrl) {
    const { origin, path } = split('PREVIEW_URL', previewUrl);
    refuseSharedOrigin(live, origin, 'PREVIEW_URL');
    const basePath = `${path}${folder}/`;
    return { siteUrl: origin, basePath, preview: { kind: 'server', folder, url: `${origin}${basePath}`, live: liveUrl(live) } };
  }

  if (request.platform === 'gitlab' && setting(env, 'PREVIEW_PAGES') === 'parallel') {
    const pages = setting(env, 'CI_PAGES_URL');
    if (!pages) {
      throw new SiteAddressError('PREVIEW_PAGES=parallel, aber dieses GitLab nennt keine Pages-Adresse (CI_PAGES_URL): GitLab Pages ist hier nicht eingeschaltet');
    }
    requireGitLab(env, 17, 9);
    const { origin, path } = split('CI_PAGES_URL', pages);
    refuseSharedOrigin(live, origin, 'die Pages-Adresse');
    // GitLab 17.9+ may already include the prefix in CI_PAGES_URL for the pages job itself.
    const root = path.endsWith(`/${folder}/`) ? path.slice(0, -(folder.length + 1)) : path;
    const basePath = `${root}${folder}/`;
    return { siteUrl: origin, basePath, preview: { kind: 'gitlab-pages', folder, url: `${origin}${basePath}`, live: liveUrl(live) } };
  }

  // No preview set up: the request is built and tested as it would go live.
  return live;
}

/** The live site's full address ("https://a.example/familie/"); previews are refused without one. */
function liveUrl(live: SiteAddress): string {
  return `${live.siteUrl ?? ''}${live.basePath ?? '/'}`;
}

/** The CMS keeps the editor's token in the live origin's storage: a preview must never run there. */
function refuseSharedOrigin(live: SiteAddress, previewOrigin: string, what: string): void {
  if (!live.siteUrl) {
    throw new SiteAddressError(
      `Vorschau nicht möglich: SITE_URL ist nicht gesetzt, also ist nicht sicher, dass ${what} (${previewOrigin}) eine andere Adresse als die Live-Website hat. SITE_URL auf die öffentliche Adresse setzen.`,
    );
  }
  if (new URL(live.siteUrl).origin === previewOrigin) {
    throw new SiteAddressError(
      `Vorschau abgelehnt: ${what} (${previewOrigin}) ist dieselbe Adresse wie die Live-Website. Dort speichert das Redaktionssystem (/admin/) die Anmeldung; eine Vorschau dort könnte sie auslesen. Die Vorschau braucht einen eigenen Host (docs/betrieb.md, „Vorschau“).`,
    );
  }
}

function requireGitLab(env: Env, major: number, minor: number): void {
  const version = setting(env, 'CI_SERVER_VERSION');
  const [have = 0, haveMinor = 0] = (version ?? '').split('.').map(Number);
  if (!version || have < major || (have === major && haveMinor < minor)) {
    throw new SiteAddressError(
      `PREVIEW_PAGES=parallel braucht GitLab ${major}.${minor} oder neuer mit Premium/Ultimate (parallele Pages-Deployments); dieses GitLab meldet ${version ?? 'keine Version'}. Ohne diese Funktion würde die Vorschau die Live-Website überschreiben.`,
    );
  }
}

/** KEY=value lines for a shell (`export`) or GitHub's $GITHUB_ENV file; only validated characters. */
export function formatAddress(address: SiteAddress, style: 'env' | 'export'): string {
  const lines: string[] = [];
  const prefix = style === 'export' ? 'export ' : '';
  if (address.siteUrl) lines.push(`${prefix}SITE_URL=${address.siteUrl}`);
  if (address.basePath) lines.push(`${prefix}BASE_PATH=${address.basePath}`);
  if (address.preview) {
    lines.push(`${prefix}PREVIEW_FOLDER=${address.preview.folder}`);
    lines.push(`${prefix}PREVIEW_ADDRESS=${address.preview.url}`);
    lines.push(`${prefix}LIVE_ADDRESS=${address.preview.live}`);
  }
  return lines.join('\n');
}
