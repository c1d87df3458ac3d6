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
import { absoluteUrl } from '../lib/routes.ts';
import { t, type LanguageCode } from '../i18n/index.ts';
import { getEvents, getOffers, getPlace, type EventEntry, type OfferEntry } from './entries.ts';
import { routesIn, siteLanguages } from './language.ts';
import { localFields } from './localized.ts';
import { getSite, siteHolidays } from './site.ts';

/** The site's name in calendar names; UIDs end in the host of its own address, whatever SITE_URL says. */
export async function calendarSource(): Promise<CalendarSource> {
  const site = await getSite();
  return { name: site.name, uidDomain: uidDomainOf(site.url) };
}

// Calendar files are written in the language of the page that links them (/en/angebote/<id>/kalender.ics):
// the interface phrases in that language, the editors' title and summary where translated.
async function offerItem(offer: OfferEntry, lang: LanguageCode): Promise<OfferCalendarItem> {
  const routes = routesIn(lang, await siteLanguages());
  const text = await localFields('offers', offer.id, lang, { title: offer.data.title, summary: offer.data.summary });
  return {
    offer: { ...offer.data, title: text.title.text, summary: text.summary.text },
    id: offer.id,
    url: absoluteUrl(routes.offer(offer.id)),
    place: await getPlace(offer.data.location, lang),
  };
}

async function eventItem(event: EventEntry, lang: LanguageCode): Promise<EventCalendarItem> {
  const routes = routesIn(lang, await siteLanguages());
  const text = await localFields('events', event.id, lang, { title: event.data.title, summary: event.data.summary });
  return {
    event: { ...event.data, title: text.title.text, summary: text.summary.text },
    id: event.id,
    url: absoluteUrl(routes.event(event.id)),
    place: await getPlace(event.data.location, lang),
  };
}

/** Offers that get a calendar file: running, with dates a calendar can hold. */
export async function calendarOffers(): Promise<OfferEntry[]> {
  return (await getOffers()).filter((offer) => hasDates(offer.data));
}

export async function offerIcs(offer: OfferEntry, lang: LanguageCode): Promise<string> {
  const { offer: data, ...context } = await offerItem(offer, lang);
  return offerCalendar(data, context, { now: now(), source: await calendarSource(), holidays: await siteHolidays(), lang });
}

export async function eventIcs(event: EventEntry, lang: LanguageCode): Promise<string> {
  const { event: data, ...context } = await eventItem(event, lang);
  return eventCalendar(data, context, { now: now(), source: await calendarSource(), holidays: await siteHolidays(), lang });
}

export async function feedIcs(lang: LanguageCode): Promise<string> {
  const [offers, events, source, languages] = await Promise.all([calendarOffers(), getEvents(), calendarSource(), siteLanguages()]);
  return feedCalendar(
    {
      offers: await Promise.all(offers.map((offer) => offerItem(offer, lang))),
      events: await Promise.all(events.map((event) => eventItem(event, lang))),
    },
    {
      now: now(),
      name: `${t(lang, 'events.title')} – ${source.name}`,
      url: absoluteUrl(routesIn(lang, languages).events()),
      source,
      holidays: await siteHolidays(),
      lang,
    },
  );
}

/** webcal:// address of a calendar file: calendar apps open it as a subscription, not a one-off import. */
export function webcalUrl(path: string): string {
  const url = new URL(absoluteUrl(path));
  return `webcal://${url.host}${url.pathname}`;
}

/** webcal:// address of the feed of all dates in a language. */
export async function feedWebcal(lang: LanguageCode): Promise<string> {
  return webcalUrl(routesIn(lang, await siteLanguages()).feed());
}

export function icsResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
