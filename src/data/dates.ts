// Coming dates for the pages, as of now() (SOURCE_DATE_EPOCH or the clock), in the page's
// language: titles from the translations where there are some, links to that language's pages.
import { t, type LanguageCode } from '../i18n/index.ts';
import { hasDates, isPast } from '../lib/content/status.ts';
import { now } from '../lib/dates/now.ts';
import { upcoming, upcomingDays, upcomingEvents, upcomingOfferDates, type DateGroup, type DatedItem } from '../lib/dates/upcoming.ts';
import { nextDays, type Day } from '../lib/dates/week.ts';
import { getEvents, getOffers, type EventEntry } from './entries.ts';
import { routesIn, siteLanguages } from './language.ts';
import { localFields } from './localized.ts';
import { dayPreviewLimit } from '../lib/views/paging.ts';
import { siteHolidays } from './site.ts';


async function eventsIn(lang: LanguageCode) {
  const [events, languages] = await Promise.all([getEvents(), siteLanguages()]);
  const routes = routesIn(lang, languages);
  return Promise.all(
    events.map(async (event) => {
      // A cancelled or postponed event stays listed, marked, so nobody turns up in vain.
      const { status } = event.data;
      const prefix = status === 'geplant' ? '' : `${t(lang, `event.status.${status}`)}: `;
      const { title } = await localFields('events', event.id, lang, { title: event.data.title });
      return { id: event.id, title: `${prefix}${title.text}`, href: routes.event(event.id), start: event.data.start, end: event.data.end, status: event.data.status };
    }),
  );
}

async function offersIn(lang: LanguageCode) {
  const [offers, languages] = await Promise.all([getOffers(), siteLanguages()]);
  const routes = routesIn(lang, languages);
  return Promise.all(
    offers.map(async (offer) => {
      const { title } = await localFields('offers', offer.id, lang, { title: offer.data.title });
      return { title: title.text, href: routes.offer(offer.id), schedule: offer.data.schedule, status: offer.data.status };
    }),
  );
}

export async function nextDates(limit: number, lang: LanguageCode): Promise<DatedItem[]> {
  const [events, offers] = await Promise.all([eventsIn(lang), offersIn(lang)]);
  return upcoming(events, offers, now(), limit, await siteHolidays());
}

export async function comingEvents(lang: LanguageCode): Promise<DatedItem[]> {
  return upcomingEvents(await eventsIn(lang), now());
}

export async function regularDates(perOffer: number, lang: LanguageCode): Promise<DatedItem[]> {
  return upcomingOfferDates(await offersIn(lang), now(), perOffer, await siteHolidays());
}

/** The next days that have dates, each with all its dates (the home page). */
export async function nextDateDays(days: number, lang: LanguageCode): Promise<DateGroup[]> {
  const [events, offers] = await Promise.all([eventsIn(lang), offersIn(lang)]);
  return upcomingDays(events, offers, now(), days, await siteHolidays());
}

/** Today and the following days, each with its dates ("Die nächsten 7 Tage"), in a language; once per build and language (the week page, its day pages and the home page ask). */
const daysByLanguage = new Map<LanguageCode, Promise<Day[]>>();
export async function comingDays(lang: LanguageCode): Promise<Day[]> {
  const read = async () => {
    const [events, offers] = await Promise.all([eventsIn(lang), offersIn(lang)]);
    return nextDays(now(), events, offers, { holidays: await siteHolidays() });
  };
  if (import.meta.env.DEV) return read();
  if (!daysByLanguage.has(lang)) daysByLanguage.set(lang, read());
  return [...(await daysByLanguage.get(lang)!)];
}

/**
 * Dates per day on the overviews (undefined = all) and the days that have a page of their own
 * (/diese-woche/<day>/): a week too full for one page shows a few dates a day and links to the rest.
 */
export async function weekPreview(lang: LanguageCode): Promise<{ perDay: number | undefined; dayPages: Set<string> }> {
  const days = await comingDays(lang);
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
