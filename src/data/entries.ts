// Reads published entries from Astro's content layer. Drafts never leave
// this module; pages ask here instead of calling getCollection themselves.
// Places leave it only as PublicPlace (lib/content/places.ts): a protected
// place's street, name and notes never reach a page, feed or file.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { byName, byTitle, groupByTopic, type TopicGroup } from '../lib/content/directory.ts';
import { publicAddress, publicLocation, type PublicPlace } from '../lib/content/places.ts';
import { isPublished } from '../lib/content/status.ts';
import { getSite } from './site.ts';
import { getTranslation } from './translations.ts';

export type OfferEntry = CollectionEntry<'offers'>;
type StoredPartner = CollectionEntry<'partners'>;
/** A published partner: its own address is not in `data`, only in `place`, as much as may be published. */
export type PartnerEntry = Omit<StoredPartner, 'data'> & { data: Omit<StoredPartner['data'], 'address'>; place: PublicPlace | undefined };
export type EventEntry = CollectionEntry<'events'>;
export type { PublicPlace };
export type PageEntry = CollectionEntry<'pages'>;
export type SituationEntry = CollectionEntry<'situations'>;
export type HelplineEntry = CollectionEntry<'helplines'>;

/**
 * One read per build: at 10,000 entries every event page asking for all events (and sorting
 * them) made the build quadratic. Callers get their own copy of the list. In `astro dev` the
 * content changes while the server runs, so there every call reads afresh.
 */
export function oncePerBuild<T>(read: () => Promise<T[]>): () => Promise<T[]> {
  let list: Promise<T[]> | undefined;
  return async () => {
    if (import.meta.env.DEV) return read();
    list ??= read();
    return [...(await list)];
  };
}

export const getOffers: () => Promise<OfferEntry[]> = oncePerBuild(async () => {
  const offers = await getCollection('offers', ({ data }) => isPublished(data));
  return offers.sort((a, b) => byTitle(a.data, b.data));
});

/** Published offers under each of their topics, for the directory and the search page's topic links. */
export async function getOffersByTopic(): Promise<TopicGroup<OfferEntry & { title: string; topics: OfferEntry['data']['topics'] }>[]> {
  const offers = await getOffers();
  return groupByTopic(offers.map((offer) => ({ ...offer, title: offer.data.title, topics: offer.data.topics })));
}

async function publicPartner(entry: StoredPartner): Promise<PartnerEntry> {
  const { address, ...data } = entry.data;
  const place = data.location ? await getPlace(data.location) : address ? publicAddress(address) : undefined;
  return { ...entry, data, place };
}

export const getPartners: () => Promise<PartnerEntry[]> = oncePerBuild(async () => {
  const partners = await getCollection('partners', ({ data }) => isPublished(data));
  return Promise.all(partners.sort((a, b) => byName(a.data, b.data)).map(publicPartner));
});

export const getEvents: () => Promise<EventEntry[]> = oncePerBuild(async () => {
  const events = await getCollection('events', ({ data }) => isPublished(data));
  return events.sort((a, b) => a.data.start.localeCompare(b.data.start));
});

export async function getPages(): Promise<PageEntry[]> {
  return getCollection('pages', ({ data }) => isPublished(data));
}

/** A published page from content/pages/. */
export async function getPage(id: string): Promise<PageEntry | undefined> {
  const page = await getEntry('pages', id);
  return page && isPublished(page.data) ? page : undefined;
}

/** A place from content/locations/, as much of it as may be published. */
/**
 * A place as much as may be published. With a language other than the site's default, its
 * texts (name, directions, access notes, public name and notes) come from the place's
 * translation where there is one; street, town and the yes/no facts always from the German file.
 */
export async function getPlace(id: string | undefined, lang?: string): Promise<PublicPlace | undefined> {
  const location = id ? await getEntry('locations', id) : undefined;
  if (!location) return undefined;
  const translation = lang && lang !== (await getSite()).languages[0] ? await getTranslation('locations', location.id, lang) : undefined;
  if (!translation) return { ...publicLocation(location.data), locationId: location.id };
  const text = translation.data as Partial<Record<'name' | 'directions' | 'publicName' | 'publicNotes', string>> & { accessibility?: { notes?: string } };
  const data = location.data;
  // One language per place: a translation that lacks one of the German texts is not mixed in.
  const complete = (['name', 'directions', 'publicName', 'publicNotes'] as const).every((key) => !data[key] || text[key])
    && (!data.accessibility.notes || text.accessibility?.notes);
  if (!complete) return { ...publicLocation(data), locationId: location.id };
  const merged = {
    ...data,
    name: text.name ?? data.name,
    directions: text.directions ?? data.directions,
    publicName: text.publicName ?? data.publicName,
    publicNotes: text.publicNotes ?? data.publicNotes,
    accessibility: { ...data.accessibility, notes: text.accessibility?.notes ?? data.accessibility.notes },
  };
  return { ...publicLocation(merged), locationId: location.id, textLang: lang };
}

export async function getPartnersByIds(ids: readonly string[]): Promise<PartnerEntry[]> {
  const found = await Promise.all(ids.map((id) => getEntry('partners', id)));
  return Promise.all(found.filter((p): p is StoredPartner => p !== undefined && isPublished(p.data)).map(publicPartner));
}

/** The central contact: the partner entry content/site.yaml names in "contact", and its place. */
export async function getAlliance(): Promise<{ partner: PartnerEntry; place: PublicPlace | undefined }> {
  const { contact } = await getSite();
  const partner = await getEntry('partners', contact);
  if (!partner) throw new Error(`content/partners/${contact}.yaml fehlt: er enthält den zentralen Kontakt der Seite (site.yaml, „contact“)`);
  const alliance = await publicPartner(partner);
  return { partner: alliance, place: alliance.place };
}

/** Life situations for the home page's cards, in their order. */
export async function getSituations(): Promise<SituationEntry[]> {
  const situations = await getCollection('situations', ({ data }) => isPublished(data));
  return situations.sort((a, b) => a.data.order - b.data.order || byTitle(a.data, b.data));
}

/** Crisis helplines, in their order. */
export async function getHelplines(): Promise<HelplineEntry[]> {
  const helplines = await getCollection('helplines', ({ data }) => isPublished(data));
  return helplines.sort((a, b) => a.data.order - b.data.order || byName(a.data, b.data));
}
