// Calendar files for the site: one per regular offer, one per event, one feed of everything.
// The pages and the .ics endpoints ask here, so links and files always agree.
import { eventCalendar, feedCalendar, offerCalendar, type EventCalendarItem, type OfferCalendarItem } from '../lib/dates/ical.ts';
import { routes } from '../lib/routes.ts';
import { t } from '../i18n/de.ts';
import { NOW, hasCalendar } from './dates.ts';
import { getEvents, getLocation, getOffers, type EventEntry, type OfferEntry } from './entries.ts';

export const FALLBACK_SITE = new URL('https://familiennetz.werne.de');

async function offerItem(offer: OfferEntry, site: URL): Promise<OfferCalendarItem> {
  const location = await getLocation(offer.data.location);
  return { offer: offer.data, id: offer.id, url: new URL(routes.offer(offer.id), site).href, location: location?.data };
}

async function eventItem(event: EventEntry, site: URL): Promise<EventCalendarItem> {
  const location = await getLocation(event.data.location);
  return { event: event.data, id: event.id, url: new URL(routes.event(event.id), site).href, location: location?.data };
}

export async function calendarOffers(): Promise<OfferEntry[]> {
  return (await getOffers()).filter(hasCalendar);
}

export async function offerIcs(offer: OfferEntry, site: URL): Promise<string> {
  const { offer: data, ...context } = await offerItem(offer, site);
  return offerCalendar(data, context, { now: NOW });
}

export async function eventIcs(event: EventEntry, site: URL): Promise<string> {
  const { event: data, ...context } = await eventItem(event, site);
  return eventCalendar(data, context, { now: NOW });
}

export async function feedIcs(site: URL): Promise<string> {
  const [offers, events] = await Promise.all([calendarOffers(), getEvents()]);
  return feedCalendar(
    {
      offers: await Promise.all(offers.map((o) => offerItem(o, site))),
      events: await Promise.all(events.map((e) => eventItem(e, site))),
    },
    { now: NOW, name: `${t('events.title')} – ${t('site.name')}`, url: new URL(routes.events(), site).href },
  );
}

/** webcal:// address of the feed: calendar apps open it as a subscription, not a one-off import. */
export function feedWebcal(site: URL): string {
  const url = new URL(routes.feed(), site);
  return `webcal://${url.host}${url.pathname}`;
}

export function icsResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
