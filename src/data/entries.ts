// Reads published entries from Astro's content layer. Drafts never leave
// this module; pages ask here instead of calling getCollection themselves.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byName, byTitle, groupByTopic, type TopicGroup } from '../lib/content/directory.ts';
import { isPublished } from '../lib/content/status.ts';
import { ALLIANCE_PARTNER_ID } from '../schemas/index.ts';

export type OfferEntry = CollectionEntry<'offers'>;
export type PartnerEntry = CollectionEntry<'partners'>;
export type EventEntry = CollectionEntry<'events'>;
export type LocationEntry = CollectionEntry<'locations'>;
export type PageEntry = CollectionEntry<'pages'>;

export async function getOffers(): Promise<OfferEntry[]> {
  const offers = await getCollection('offers', ({ data }) => isPublished(data));
  return offers.sort((a, b) => byTitle(a.data, b.data));
}

/** Published offers under each of their topics, for the directory and the search page's topic links. */
export async function getOffersByTopic(): Promise<TopicGroup<OfferEntry & { title: string; topics: OfferEntry['data']['topics'] }>[]> {
  const offers = await getOffers();
  return groupByTopic(offers.map((offer) => ({ ...offer, title: offer.data.title, topics: offer.data.topics })));
}

export async function getPartners(): Promise<PartnerEntry[]> {
  const partners = await getCollection('partners', ({ data }) => isPublished(data));
  return partners.sort((a, b) => byName(a.data, b.data));
}

export async function getEvents(): Promise<EventEntry[]> {
  const events = await getCollection('events', ({ data }) => isPublished(data));
  return events.sort((a, b) => a.data.start.localeCompare(b.data.start));
}

export async function getPages(): Promise<PageEntry[]> {
  return getCollection('pages', ({ data }) => isPublished(data));
}

/** A published page from content/pages/. */
export async function getPage(id: string): Promise<PageEntry | undefined> {
  const page = await getEntry('pages', id);
  return page && isPublished(page.data) ? page : undefined;
}

export async function getLocation(id: string | undefined): Promise<LocationEntry | undefined> {
  return id ? getEntry('locations', id) : undefined;
}

export async function getPartnersByIds(ids: readonly string[]): Promise<PartnerEntry[]> {
  const found = await Promise.all(ids.map((id) => getEntry('partners', id)));
  return found.filter((p): p is PartnerEntry => p !== undefined && isPublished(p.data));
}

export async function getAlliance(): Promise<{ partner: PartnerEntry; location: LocationEntry | undefined }> {
  const partner = await getEntry('partners', ALLIANCE_PARTNER_ID);
  if (!partner) throw new Error(`content/partners/${ALLIANCE_PARTNER_ID}.yaml fehlt: er enthält den zentralen Kontakt der Seite`);
  return { partner, location: await getLocation(partner.data.location) };
}
