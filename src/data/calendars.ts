// Calendar files for the site: one per regular offer, one per event, one feed of everything.
// The pages and the .ics endpoints ask here, so links and files always agree.
import {
  eventCalendar,
  feedCalendar,
  offerCalendar,
  uidDomainOf,
  type CalendarSource,
  type EventCalendarItem,
  type OfferCalendarItem,
} from '../lib/dates/ical.ts';
import { hasDates } from '../lib/content/status.ts';
import { now } from '../lib/dates/now.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { t } from '../i18n/de.ts';
import { getEvents, getOffers, getPlace, type EventEntry, type OfferEntry } from './entries.ts';
import { getSite, siteHolidays } from './site.ts';

/** The site's name in calendar names; UIDs end in the host of its own address, whatever SITE_URL says. */
export async function calendarSource(): Promise<CalendarSource> {
  const site = await getSite();
  return { name: site.name, uidDomain: uidDomainOf(site.url) };
}

async function offerItem(offer: OfferEntry): Promise<OfferCalendarItem> {
  return { offer: offer.data, id: offer.id, url: absoluteUrl(routes.offer(offer.id)), place: await getPlace(offer.data.location) };
}

async function eventItem(event: EventEntry): Promise<EventCalendarItem> {
  return { event: event.data, id: event.id, url: absoluteUrl(routes.event(event.id)), place: await getPlace(event.data.location) };
}

/** Offers that get a calendar file: running, with dates a calendar can hold. */
export async function calendarOffers(): Promise<OfferEntry[]> {
  return (await getOffers()).filter((offer) => hasDates(offer.data));
}

export async function offerIcs(offer: OfferEntry): Promise<string> {
  const { offer: data, ...context } = await offerItem(offer);
  return offerCalendar(data, context, { now: now(), source: await calendarSource(), holidays: await siteHolidays() });
}

export async function eventIcs(event: EventEntry): Promise<string> {
  const { event: data, ...context } = await eventItem(event);
  return eventCalendar(data, context, { now: now(), source: await calendarSource(), holidays: await siteHolidays() });
}

export async function feedIcs(): Promise<string> {
  const [offers, events, source] = await Promise.all([calendarOffers(), getEvents(), calendarSource()]);
  return feedCalendar(
    {
      offers: await Promise.all(offers.map(offerItem)),
      events: await Promise.all(events.map(eventItem)),
    },
    { now: now(), name: `${t('events.title')} – ${source.name}`, url: absoluteUrl(routes.events()), source, holidays: await siteHolidays() },
  );
}

/** webcal:// address of a calendar file: calendar apps open it as a subscription, not a one-off import. */
export function webcalUrl(path: string): string {
  const url = new URL(absoluteUrl(path));
  return `webcal://${url.host}${url.pathname}`;
}

/** webcal:// address of the feed of all dates. */
export function feedWebcal(): string {
  return webcalUrl(routes.feed());
}

export function icsResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
