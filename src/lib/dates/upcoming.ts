// The list of coming dates: one-off events and the next occurrences of
// regular offers, merged and sorted. Pure, so it is tested without a build.
import type { Schedule } from '../../schemas/schedule.ts';
import { isRunning } from '../content/status.ts';
import { TIME_ZONE, localDateTimeToDate, localDay, toIsoWithOffset, toZoned, zonedToDate } from './zone.ts';
import type { HolidayId, HolidayLookup } from './holidays.ts';
import { nextOccurrences, occurrencesBetween, type Occurrence } from './schedule.ts';

export interface DatedItem {
  /** An event's entry id (dates of offers have none). */
  id?: string;
  title: string;
  href: string;
  kind: 'event' | 'offer';
  start: Date;
  end: Date;
  /** End with offset, for the browser script that hides what has passed. */
  endIso: string;
  startIso: string;
  /** A date that may not take place (a holiday the schedule does not decide): the holiday. */
  holiday?: HolidayId;
}

export interface EventLike {
  /** The event's entry id: a list that offers "Merken" needs it. */
  id?: string;
  title: string;
  href: string;
  start: string;
  end: string;
  status?: string;
}

export interface OfferLike {
  title: string;
  href: string;
  schedule?: Schedule | undefined;
  status?: string;
}

export function upcomingEvents(events: readonly EventLike[], now: Date): DatedItem[] {
  return events
    .map((event) => {
      const start = localDateTimeToDate(event.start);
      const end = localDateTimeToDate(event.end);
      return {
        title: event.title,
        href: event.href,
        kind: 'event' as const,
        ...(event.id ? { id: event.id } : {}),
        start,
        end,
        startIso: toIsoWithOffset(start),
        endIso: toIsoWithOffset(end),
      };
    })
    .filter((item) => item.end > now)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

function offerDate(offer: OfferLike, occurrence: Occurrence): DatedItem {
  return {
    title: offer.title,
    href: offer.href,
    kind: 'offer',
    start: occurrence.start,
    end: occurrence.end,
    startIso: occurrence.startIso,
    endIso: occurrence.endIso,
    ...(occurrence.holiday ? { holiday: occurrence.holiday } : {}),
  };
}

/** The next `perOffer` dates of each running offer; `holidays` are the site's (default: those of holidays.ts). */
export function upcomingOfferDates(offers: readonly OfferLike[], now: Date, perOffer: number, holidays?: HolidayLookup): DatedItem[] {
  return offers
    .filter((offer) => offer.schedule && isRunning(offer))
    .flatMap((offer) =>
      nextOccurrences(offer.schedule as Schedule, now, perOffer, holidays ? { holidays } : {}).map((occurrence) => offerDate(offer, occurrence)),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'));
}

/** Events and regular dates together, soonest first, at most `limit`. */
export function upcoming(events: readonly EventLike[], offers: readonly OfferLike[], now: Date, limit: number, holidays?: HolidayLookup): DatedItem[] {
  return [...upcomingEvents(events, now), ...upcomingOfferDates(offers, now, limit, holidays)]
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'))
    .slice(0, limit);
}

/** The dates of one local day. */
export interface DateGroup {
  /** Local calendar day, "2026-12-03". */
  day: string;
  items: DatedItem[];
}

/** Dates grouped by the local day they start on, in the order given (soonest first). */
export function groupByDay(items: readonly DatedItem[]): DateGroup[] {
  const groups: DateGroup[] = [];
  for (const item of items) {
    const day = localDay(item.start);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** How far ahead the lists of coming dates look for an offer's dates (as nextOccurrences). */
const HORIZON_DAYS = 400;

/**
 * The first `days` days that have dates, each with all of that day's events and regular dates.
 * Days are looked for a week ahead first, then twice as far, up to the horizon: at 10,000 entries
 * expanding every offer's next few dozen dates (up to a year ahead for a monthly one) made the
 * home page the costliest page of the build. Every date of an offer on a day of the window is
 * there, so the days found are complete.
 */
export function upcomingDays(events: readonly EventLike[], offers: readonly OfferLike[], now: Date, days: number, holidays?: HolidayLookup): DateGroup[] {
  const eventItems = upcomingEvents(events, now);
  const running = offers.filter((offer) => offer.schedule && isRunning(offer));
  const today = toZoned(now).toPlainDate();
  const options = holidays ? { holidays } : {};
  for (let span = 7; ; span *= 2) {
    const last = span >= HORIZON_DAYS;
    // Up to the end of the window's last day (the horizon's last day included, as nextOccurrences).
    const endDay = today.add({ days: last ? HORIZON_DAYS + 1 : span });
    const to = zonedToDate(endDay.toZonedDateTime({ timeZone: TIME_ZONE }));
    const offerItems = running.flatMap((offer) =>
      occurrencesBetween(offer.schedule as Schedule, now, to, options).map((occurrence) => offerDate(offer, occurrence)),
    );
    const items = [...eventItems, ...offerItems].sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'));
    // Events further ahead are all there, an offer's dates only up to the window's end.
    const complete = groupByDay(items).filter((group) => last || group.day < endDay.toString());
    if (complete.length >= days || last) return complete.slice(0, days);
  }
}
