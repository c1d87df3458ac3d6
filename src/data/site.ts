// The site's settings (content/site.yaml) from the content layer: the
// alliance's name, town, central contact, logo, colours, languages and
// licence. Pages, layouts and endpoints ask here; nothing else names the
// alliance.
import { getEntry } from 'astro:content';
import type { SvgAsset } from '../lib/content/check.ts';
import { STATE_REGIONS, holidaysFor, type HolidayLookup } from '../lib/dates/holidays.ts';
import { SITE_ENTRY_ID, type SiteConfig } from '../schemas/site.ts';

export type { SiteConfig };

export interface SiteSettings {
  config: SiteConfig;
  logo: SvgAsset;
  icon: SvgAsset;
}

/** The checked settings; the content check stops the build before a page could miss them. */
export async function getSiteSettings(): Promise<SiteSettings> {
  const entry = await getEntry('site', SITE_ENTRY_ID);
  if (!entry) throw new Error('content/site.yaml fehlt oder ist fehlerhaft: npm run check zeigt, was zu tun ist');
  return entry.data;
}

/** The settings of content/site.yaml. */
export async function getSite(): Promise<SiteConfig> {
  return (await getSiteSettings()).config;
}

/** The public holidays of the site's state (content/site.yaml, "state"), plus 24 and 31 December. */
export async function siteHolidays(): Promise<HolidayLookup> {
  return holidaysFor(STATE_REGIONS[(await getSite()).state]);
}
