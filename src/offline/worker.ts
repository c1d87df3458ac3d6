// The service worker (/sw.js), built from Workbox's modules by integrations/offline.ts and
// registered only when the visitor chooses "Für unterwegs speichern" (client/offline.ts).
// - Precached at install: the stylesheet and scripts, icons, manifest, and each language's
//   offline page (phone and address) and saved-list data. The page that registers the worker
//   adds its own language's home and contact pages and itself to the pages' cache.
// - Pages (navigations): network first, so a new build shows as soon as there is a connection;
//   a visited page comes from the cache when the network fails or takes too long; a page never
//   visited gets the offline page of its language. Dates that have passed keep hiding through the
//   pages' own script (client/dates.ts), which runs on the cached page too.
// - Built files below /_astro/ have a hash in their name: cache first.
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { offlinePagePath, PAGES_CACHE, ASSETS_CACHE, NETWORK_TIMEOUT_SECONDS } from '../lib/offline/paths.ts';

/** Set by integrations/offline.ts when it bundles this file: the base path and the languages below it. */
declare const OFFLINE_BASE: string;
declare const OFFLINE_LANGUAGES: readonly string[];

interface ManifestEntry {
  url: string;
  revision: string | null;
}
interface WorkerScope {
  __WB_MANIFEST: ManifestEntry[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: () => void): void;
}
const worker = self as unknown as WorkerScope;

// A new build takes over at once: its pages are the ones the network serves anyway.
worker.addEventListener('install', () => void worker.skipWaiting());
clientsClaim();
cleanupOutdatedCaches();

const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [
    {
      // Neither network nor pages' cache: a precached copy of the page, else the offline page.
      handlerDidError: async ({ request }) => {
        const path = new URL(request.url).pathname;
        const own = path.endsWith('/') ? await matchPrecache(`${path}index.html`) : undefined;
        return own ?? (await matchPrecache(offlinePagePath(path, OFFLINE_BASE, OFFLINE_LANGUAGES)));
      },
    },
  ],
});
// Registered before the precache's route, so precached pages too are fetched network first.
registerRoute(new NavigationRoute(pages));
// Written as self.__WB_MANIFEST: workbox-build replaces exactly this text with the file list.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${OFFLINE_BASE}_astro/`),
  new CacheFirst({ cacheName: ASSETS_CACHE }),
);
