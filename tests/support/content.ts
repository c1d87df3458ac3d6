// What the built site was made from: the content, read through the same
// check the build runs. Tests take expected values from here (titles, the
// central contact, which offers have dates) instead of writing content down.
import { checkSite, type CheckedEntry } from '../../src/lib/content/check.ts';
import { groupByTopic } from '../../src/lib/content/directory.ts';
import { contentRoot } from '../../src/lib/content/paths.ts';
import { publicLocation } from '../../src/lib/content/places.ts';
import { hasDates, isPublished } from '../../src/lib/content/status.ts';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { Location } from '../../src/schemas/location.ts';
import type { Offer } from '../../src/schemas/offer.ts';
import type { Partner } from '../../src/schemas/partner.ts';
import type { Situation } from '../../src/schemas/situation.ts';
import type { Helpline } from '../../src/schemas/helpline.ts';
import { builtDeployment } from './dist.ts';

const content = await checkSite(contentRoot(), { base: builtDeployment().base });

export interface Published<T> {
  id: string;
  data: T;
  entry: CheckedEntry;
}

export function published<T = Record<string, unknown>>(collection: CollectionName): Published<T>[] {
  return content.entries
    .filter((e) => e.collection === collection && e.data && isPublished(e.data))
    .map((entry) => ({ id: entry.id, data: entry.data as T, entry }));
}

export const offers = published<Offer>('offers');
/** The translations without errors (netz-cafe.en.md …), as the pages get them. */
export const translations = content.translations.filter((t) => t.data);
/** Running offers with dates: they have next dates, a calendar file and opening hours. */
export const offersWithDates = offers.filter((o) => hasDates(o.data));

if (!content.site) throw new Error('content/site.yaml fehlt oder ist fehlerhaft: npm run check');
/** The settings of content/site.yaml (name, town, address, colours, …). */
export const site = content.site.config;
/** The logo and icon it names, as checked: SVG text and viewBox size. */
export const siteAssets = { logo: content.site.logo, icon: content.site.icon };

const alliancePartner = published<Partner>('partners').find((p) => p.id === site.contact);
if (!alliancePartner) throw new Error(`content: der Partner ${site.contact} (site.yaml, „contact“) fehlt`);
const allianceLocation = published<Location>('locations').find((l) => l.id === alliancePartner.data.location);

/** The central contact shown in every footer, and its place as far as it may be published. */
export const alliance = {
  id: alliancePartner.id,
  partner: alliancePartner.data,
  place: allianceLocation ? publicLocation(allianceLocation.data) : undefined,
};

export const searchQueries = content.lists.searchQueries;

/** Offers under each topic that has some, as the offers directory groups them. */
export const topicGroups = groupByTopic(offers.map((o) => ({ id: o.id, title: o.data.title, topics: o.data.topics })));

/** An offer to look at in the browser: the first running offer with dates (next dates, calendar file, opening hours). */
export const sampleOffer = offersWithDates[0] ?? offers[0]!;

/** Life situations in the order of the home page's cards. */
export const situations = published<Situation>('situations').sort((a, b) => a.data.order - b.data.order);

export const helplines = published<Helpline>('helplines').sort((a, b) => a.data.order - b.data.order);

/** The translation of an entry into a language, as the build has it (none where the file is missing). */
export function translationOf(collection: CollectionName, id: string, lang: string): { reviewed: boolean } | undefined {
  const found = content.translations.find((t) => t.collection === collection && t.id === id && t.lang === lang && t.data);
  return found ? { reviewed: found.data?.['reviewed'] === true } : undefined;
}
