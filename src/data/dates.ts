// Build-time view of coming dates for the pages ("now" = SOURCE_DATE_EPOCH or the clock).
import { buildNow } from '../lib/now.ts';
import { upcoming, upcomingEvents, upcomingOfferDates, type DatedItem } from '../lib/upcoming.ts';
import { routes } from '../lib/urls.ts';
import { getEvents, getOffers, type EventEntry, type OfferEntry } from './entries.ts';

export const NOW = buildNow();

function eventLike(event: EventEntry) {
  return { title: event.data.title, href: routes.event(event.id), start: event.data.start, end: event.data.end, status: event.data.status };
}

function offerLike(offer: OfferEntry) {
  return { title: offer.data.title, href: routes.offer(offer.id), schedule: offer.data.schedule, status: offer.data.status };
}

export async function nextDates(limit: number): Promise<DatedItem[]> {
  const [events, offers] = await Promise.all([getEvents(), getOffers()]);
  return upcoming(events.map(eventLike), offers.map(offerLike), NOW, limit);
}

export async function comingEvents(): Promise<DatedItem[]> {
  return upcomingEvents((await getEvents()).map(eventLike), NOW);
}

export async function regularDates(perOffer: number): Promise<DatedItem[]> {
  return upcomingOfferDates((await getOffers()).map(offerLike), NOW, perOffer);
}
