// Coming dates for the pages, as of now() (SOURCE_DATE_EPOCH or the clock).
import { t } from '../i18n/de.ts';
import { hasDates, isPast } from '../lib/content/status.ts';
import { now } from '../lib/dates/now.ts';
import { upcoming, upcomingDays, upcomingEvents, upcomingOfferDates, type DateGroup, type DatedItem } from '../lib/dates/upcoming.ts';
import { nextDays, type Day } from '../lib/dates/week.ts';
import { routes } from '../lib/routes.ts';
import { getEvents, getOffers, oncePerBuild, type EventEntry, type OfferEntry } from './entries.ts';
import { dayPreviewLimit } from '../lib/views/paging.ts';
import { siteHolidays } from './site.ts';

function eventLike(event: EventEntry) {
  // A cancelled or postponed event stays listed, marked, so nobody turns up in vain.
  const { status } = event.data;
  const prefix = status === 'geplant' ? '' : `${t(`event.status.${status}`)}: `;
  return { title: `${prefix}${event.data.title}`, href: routes.event(event.id), start: event.data.start, end: event.data.end, status: event.data.status };
}

function offerLike(offer: OfferEntry) {
  return { title: offer.data.title, href: routes.offer(offer.id), schedule: offer.data.schedule, status: offer.data.status };
}

export async function nextDates(limit: number): Promise<DatedItem[]> {
  const [events, offers] = await Promise.all([getEvents(), getOffers()]);
  return upcoming(events.map(eventLike), offers.map(offerLike), now(), limit, await siteHolidays());
}

export async function comingEvents(): Promise<DatedItem[]> {
  return upcomingEvents((await getEvents()).map(eventLike), now());
}

export async function regularDates(perOffer: number): Promise<DatedItem[]> {
  return upcomingOfferDates((await getOffers()).map(offerLike), now(), perOffer, await siteHolidays());
}

/** The next days that have dates, each with all its dates (the home page). */
export async function nextDateDays(days: number): Promise<DateGroup[]> {
  const [events, offers] = await Promise.all([getEvents(), getOffers()]);
  return upcomingDays(events.map(eventLike), offers.map(offerLike), now(), days, await siteHolidays());
}

/** Today and the following days, each with its dates ("Die nächsten 7 Tage"); once per build (the week page, its day pages and the home page ask). */
export const comingDays: () => Promise<Day[]> = oncePerBuild(async () => {
  const [events, offers] = await Promise.all([getEvents(), getOffers()]);
  return nextDays(now(), events.map(eventLike), offers.map(offerLike), { holidays: await siteHolidays() });
});

/**
 * Dates per day on the overviews (undefined = all) and the days that have a page of their own
 * (/diese-woche/<day>/): a week too full for one page shows a few dates a day and links to the rest.
 */
export async function weekPreview(): Promise<{ perDay: number | undefined; dayPages: Set<string> }> {
  const days = await comingDays();
  const perDay = dayPreviewLimit(days.map((day) => day.items.length));
  return { perDay, dayPages: new Set(perDay === undefined ? [] : days.map((day) => day.day)) };
}

/** Events that are over, the latest first (the archive). */
export async function pastEvents(): Promise<EventEntry[]> {
  const at = now();
  return (await getEvents()).filter((event) => isPast(event.data, at)).reverse();
}

/** How many regular offers have dates: the Termine page shows two dates of each. */
export async function regularOfferCount(): Promise<number> {
  return (await getOffers()).filter((offer) => hasDates(offer.data)).length;
}
