// Every URL of the site, base path and language included: pages, entry pages,
// calendar files, search files, sitemap and the CMS. Pages, data, tests and
// scripts build links here and nowhere else, so the site works below any base
// path. The site's first language is published at the base, every other one
// below /<code>/ with the same paths (/en/angebote/netz-cafe/); the outputs in
// SHARED_SEGMENTS exist once for all languages.
import { LANGUAGE_CODES } from '../i18n/languages.ts';
import type { CollectionName } from '../schemas/index.ts';

/**
 * Top-level folders the code writes: routes of the site and outputs of the
 * build. A page from content/pages/ (published at /<id>/) must not take one
 * of these names, or one of the two pages would silently disappear.
 */
export const FIXED_SEGMENTS = [
  'angebote',
  'partner',
  'veranstaltungen',
  'diese-woche',
  'suche',
  'lebenslagen',
  'admin',
  'pagefind',
  '_astro',
  '404',
  '404.html',
  'kalender.ics',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'favicon.svg',
  'logo.svg',
  'daten',
  'wegweiser',
  // Keep, share, use offline (issue 14): the saved list, its data, the page without a connection,
  // the web app manifest and the service worker.
  'merkliste',
  'offline',
  'manifest.webmanifest',
  'sw.js',
  // The languages' folders (/en/, /tr/ …).
  ...LANGUAGE_CODES,
] as const;

/**
 * Folders inside a collection's list that the site itself uses (numbered pages, topic pages,
 * the events archive): an entry with one of these ids would lose its page or hide the list's.
 */
export const FIXED_SUBFOLDERS: Readonly<Record<string, readonly string[]>> = {
  offers: ['seite', 'thema'],
  partners: ['seite'],
  events: ['seite', 'archiv'],
};

/** The page from content/pages/ that has a route of its own (with the central contact). */
export const CONTACT_PAGE_ID = 'kontakt';

/** The page from content/pages/ with the helplines below its text ("Hilfe sofort"). */
export const HELP_PAGE_ID = 'hilfe';

/** The page from content/pages/ in Leichte Sprache: linked from the header, set in larger type. */
export const EASY_LANGUAGE_PAGE_ID = 'leichte-sprache';

/**
 * Top-level outputs that exist once, not per language: Pagefind's files (one index per
 * language inside), assets, the CMS, icons, sitemap, robots.txt and the open-data export.
 */
export const SHARED_SEGMENTS = new Set<string>([
  'admin',
  'pagefind',
  '_astro',
  '404.html',
  'robots.txt',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'favicon.svg',
  'logo.svg',
  'sw.js',
]);

/** Paths below the base that exist once for all languages (beside SHARED_SEGMENTS). */
const SHARED_PREFIXES = ['daten/hsds/'];

function isShared(path: string): boolean {
  const first = path.split('/')[0] ?? '';
  return SHARED_SEGMENTS.has(first) || SHARED_PREFIXES.some((prefix) => path.startsWith(prefix));
}

/**
 * A path of the default language (as written in content, e.g. "/angebote/babykorb/#zeiten", base
 * path included or not) in another language: "/en/angebote/babykorb/#zeiten". `lang` is the
 * language's segment, empty for the default language. Shared outputs, other hosts and
 * relative links stay as they are.
 */
export function localizePath(path: string, lang: string, base = '/'): string {
  if (!lang || !path.startsWith('/') || path.startsWith('//')) return path;
  const root = withSlash(base);
  const rest = path.startsWith(root) ? path.slice(root.length) : path.slice(1);
  if (isShared(rest)) return path;
  return `${root}${lang}/${rest}`;
}

/**
 * The same page in another language: `path` is a path of the site in language segment `from`
 * ("" for the default language), the result the path in `to`.
 */
export function switchLanguage(path: string, from: string, to: string, base = '/'): string {
  const root = withSlash(base);
  let rest = path.startsWith(root) ? path.slice(root.length) : path.replace(/^\//, '');
  if (from && (rest === from || rest.startsWith(`${from}/`))) rest = rest.slice(from.length + 1);
  return to && !isShared(rest) ? `${root}${to}/${rest}` : `${root}${rest}`;
}

/**
 * Legal pages from content/pages/ that stay binding in the site's language: every other language
 * gets a short summary (texts in src/i18n/, key legal.<name>.*) that links to them.
 */
export const LEGAL_PAGES = { impressum: 'imprint', datenschutz: 'privacy', barrierefreiheit: 'accessibility' } as const;

export type LegalPage = (typeof LEGAL_PAGES)[keyof typeof LEGAL_PAGES];

export function legalPageOf(id: string): LegalPage | undefined {
  return Object.hasOwn(LEGAL_PAGES, id) ? LEGAL_PAGES[id as keyof typeof LEGAL_PAGES] : undefined;
}

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * The URL table for a site published below `base` ("/" or "/familie/"), in the language whose
 * segment is `lang` ("en"; empty for the site's default language).
 */
export function routesFor(base: string, lang = '') {
  const root = withSlash(base);
  /** A shared output of the site (the same for every language). */
  const shared = (path: string): string => `${root}${path.replace(/^\//, '')}`;
  /** A page or file in this language. */
  const href = (path: string): string => localizePath(shared(path), lang, root);
  return {
    base: root,
    /** The language segment ("en"), empty for the default language. */
    lang,
    href,
    home: () => href(''),
    offers: () => href('angebote/'),
    offer: (id: string) => href(`angebote/${id}/`),
    /** The offers of one topic, on a directory too large for one page (lib/views/topics.ts). */
    offersTopic: (slug: string) => href(`angebote/thema/${slug}/`),
    /** All offers of one partner, when its own page has too many to show. */
    partnerOffers: (id: string) => href(`partner/${id}/angebote/`),
    /** Past events, when the events page has too many to show. */
    eventsArchive: () => href('veranstaltungen/archiv/'),
    /** All dates of one day of "Diese Woche" ("2026-12-03"). */
    weekDay: (day: string) => href(`diese-woche/${day}/`),
    offerCalendar: (id: string) => href(`angebote/${id}/kalender.ics`),
    /** An offer's one-page A4 notice with tear-off strips, for notice boards. */
    offerPoster: (id: string) => href(`angebote/${id}/aushang/`),
    /** The printable guide: every running offer by topic, with QR codes. */
    guide: () => href('wegweiser/'),
    partners: () => href('partner/'),
    partner: (id: string) => href(`partner/${id}/`),
    events: () => href('veranstaltungen/'),
    event: (id: string) => href(`veranstaltungen/${id}/`),
    eventCalendar: (id: string) => href(`veranstaltungen/${id}/kalender.ics`),
    feed: () => href('kalender.ics'),
    /** RSS feed of coming events. */
    eventsFeed: () => href('veranstaltungen/feed.xml'),
    /** The open-data page and the HSDS export. */
    openData: () => href('daten/'),
    hsds: () => shared('daten/hsds/services.json'),
    week: () => href('diese-woche/'),
    search: () => href('suche/'),
    /** Help in a crisis: the nationwide free numbers and local child protection. */
    help: () => href(`${HELP_PAGE_ID}/`),
    /** A life situation ("Wir erwarten ein Kind"): the offers and official information for it. */
    situation: (id: string) => href(`lebenslagen/${id}/`),
    /** The words "Meinten Sie …?" may suggest, for the search page: per language, from that language's words. */
    searchTerms: () => href('suche/begriffe.json'),
    /** Folder of Pagefind's index and script. */
    pagefind: () => shared('pagefind/'),
    page: (id: string) => href(`${id}/`),
    contact: () => href(`${CONTACT_PAGE_ID}/`),
    sitemap: () => shared('sitemap-index.xml'),
    admin: () => shared('admin/'),
    /** The icon of content/site.yaml (browser tab, home screen). */
    favicon: () => shared('favicon.svg'),
    /** The logo of content/site.yaml. */
    logo: () => shared('logo.svg'),
    notFound: () => shared('404.html'),
    /** The saved list (Merkliste); `#id,id` after it carries a list from one browser to another. */
    keep: () => href('merkliste/'),
    /** What the saved list shows of every offer and event, in this language. */
    keepData: () => href('merkliste/eintraege.json'),
    /** The page a visitor sees offline for a page not kept on the device: phone and address. */
    offline: () => href('offline/'),
    /** The web app manifest in this language (installable site). */
    manifest: () => href('manifest.webmanifest'),
    /** The service worker (one for all languages), registered only when the visitor asks for it. */
    serviceWorker: () => shared('sw.js'),
    /** The page of an entry; locations have none. */
    entry: (collection: CollectionName, id: string): string | undefined => {
      switch (collection) {
        case 'offers':
          return href(`angebote/${id}/`);
        case 'partners':
          return href(`partner/${id}/`);
        case 'events':
          return href(`veranstaltungen/${id}/`);
        case 'pages':
          return href(`${id}/`);
        case 'situations':
          return href(`lebenslagen/${id}/`);
        default:
          return undefined;
      }
    },
  };
}

export type Routes = ReturnType<typeof routesFor>;

/** The routes of this build (Astro sets BASE_URL from the configured base path). */
export const routes: Routes = routesFor(import.meta.env?.BASE_URL ?? '/');

/** An absolute URL on the published site, e.g. for canonical links, JSON-LD and calendar files. */
export function absoluteUrl(path: string, site: string | URL | undefined = import.meta.env?.SITE): string {
  if (!site) throw new Error(`absoluteUrl("${path}"): no site address (SITE_URL) known here`);
  return new URL(path, site).href;
}
