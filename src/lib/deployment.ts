// Where the site is published: configuration, not code. The city's CI sets
// SITE_URL (and BASE_PATH when the site lives below a path). A variable that
// is set but empty, as a CI variable expanding to nothing, counts as unset.
// Without SITE_URL the site's own address from content/site.yaml ("url") is used.

type Env = Record<string, string | undefined>;

function setting(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** SITE_URL, or the site's own address (`fallback`, from content/site.yaml): an absolute http(s) URL without a trailing slash. */
export function siteUrl(env: Env, fallback: string): string {
  const raw = setting(env, 'SITE_URL') ?? fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL="${raw}" ist keine vollständige Adresse — z. B. https://familie.example.org setzen`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${raw}" muss mit https:// beginnen`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * A merge-request preview build (the pipeline sets PREVIEW_FOLDER, src/lib/ci/site-address.ts):
 * its /admin/ runs no CMS, only points to the live site's (LIVE_ADDRESS), since other previews on
 * the same host could read an editor's sign-in there.
 */
export function previewBuild(env: Env = process.env): { folder: string; live?: string } | undefined {
  const folder = setting(env, 'PREVIEW_FOLDER');
  if (!folder) return undefined;
  const live = setting(env, 'LIVE_ADDRESS');
  return live ? { folder, live } : { folder };
}

/** BASE_PATH, or "/": always with a slash at both ends ("/familie/"). */
export function basePath(env: Env = process.env): string {
  const raw = setting(env, 'BASE_PATH') ?? '/';
  const inner = raw.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}
