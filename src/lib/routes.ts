// Every URL of the site, base path included: pages, entry pages, calendar
// files, search files, sitemap and the CMS. Pages, data, tests and scripts
// build links here and nowhere else, so the site works below any base path.
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
] as const;

/** The page from content/pages/ that has a route of its own (with the central contact). */
export const CONTACT_PAGE_ID = 'kontakt';

/** The page from content/pages/ with the helplines below its text ("Hilfe sofort"). */
export const HELP_PAGE_ID = 'hilfe';

/** The page from content/pages/ in Leichte Sprache: linked from the header, set in larger type. */
export const EASY_LANGUAGE_PAGE_ID = 'leichte-sprache';

function withSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The URL table for a site published below `base` ("/" or "/familie/"). */
export function routesFor(base: string) {
  const root = withSlash(base);
  const href = (path: string): string => `${root}${path.replace(/^\//, '')}`;
  return {
    base: root,
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
    hsds: () => href('daten/hsds/services.json'),
    week: () => href('diese-woche/'),
    search: () => href('suche/'),
    /** Help in a crisis: the nationwide free numbers and local child protection. */
    help: () => href(`${HELP_PAGE_ID}/`),
    /** A life situation ("Wir erwarten ein Kind"): the offers and official information for it. */
    situation: (id: string) => href(`lebenslagen/${id}/`),
    /** The words "Meinten Sie …?" may suggest, for the search page. */
    searchTerms: () => href('suche/begriffe.json'),
    /** Folder of Pagefind's index and script. */
    pagefind: () => href('pagefind/'),
    page: (id: string) => href(`${id}/`),
    contact: () => href(`${CONTACT_PAGE_ID}/`),
    sitemap: () => href('sitemap-index.xml'),
    admin: () => href('admin/'),
    /** The icon of content/site.yaml (browser tab, home screen). */
    favicon: () => href('favicon.svg'),
    /** The logo of content/site.yaml. */
    logo: () => href('logo.svg'),
    notFound: () => href('404.html'),
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
