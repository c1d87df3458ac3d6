// Where the CMS may start. Sveltia keeps the editor's Git token in the
// browser storage of the origin it runs on; every page on that origin can
// read it. So /admin/ starts the CMS only on the live site's own origin (the
// configured SITE_URL), where only the site's reviewed pages run — not on a
// Pages host that also serves merge-request previews (GitLab parallel
// deployments), not on a mirror. The editor's own machine (astro dev, the
// tests) is the exception: nothing else runs there.
// Runs in the browser (src/client/cms-start.ts) and in unit tests.

/** Host names of the editor's own machine. */
const LOOPBACK: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when the CMS may start at `here` (a Location or URL) for a site whose live origin is `liveOrigin`. */
export function mayStartCms(here: { origin: string; hostname: string }, liveOrigin: string): boolean {
  if (liveOrigin !== '' && here.origin === liveOrigin) return true;
  return LOOPBACK.has(here.hostname);
}
