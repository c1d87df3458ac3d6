// Names and paths the service worker (src/offline/worker.ts), the page that switches it on
// (client/offline.ts) and the tests share. Pure, so the language rule is unit-tested.

/** Cache of pages the visitor opened while the worker was on (network first). */
export const PAGES_CACHE = 'seiten';
/** Cache of built files with a hash in their name (fonts, images) fetched on the way. */
export const ASSETS_CACHE = 'dateien';
/** On a very slow connection, a kept copy is shown after this many seconds. */
export const NETWORK_TIMEOUT_SECONDS = 6;

/**
 * The offline page for a page's path: that of the page's language (/en/offline/index.html for
 * /en/angebote/x/), the default language's for every other path. `languages` are the segments
 * of the languages below the base (not the default one).
 */
export function offlinePagePath(path: string, base: string, languages: readonly string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  const first = rest.split('/')[0] ?? '';
  return languages.includes(first) ? `${root}${first}/offline/index.html` : `${root}offline/index.html`;
}
