// The list of coming dates: one-off events and the next occurrences of
// regular offers, merged and sorted. Pure, so it is tested without a build.
import type { Schedule } from '../../schemas/schedule.ts';
import { isRunning } from '../content/status.ts';
import { localDateTimeToDate, localDay, toIsoWithOffset } from './zone.ts';
import type { HolidayLookup } from './holidays.ts';
import { nextOccurrences } from './schedule.ts';

export interface DatedItem {
  title: string;
  href: string;
  kind: 'event' | 'offer';
  start: Date;
  end: Date;
  /** End with offset, for the browser script that hides what has passed. */
  endIso: string;
  startIso: string;
  /** A date that may not take place (a holiday the schedule does not decide): the holiday's name. */
  holiday?: string;
}

export interface EventLike {
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
        start,
        end,
        startIso: toIsoWithOffset(start),
        endIso: toIsoWithOffset(end),
      };
    })
    .filter((item) => item.end > now)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The next `perOffer` dates of each running offer; `holidays` are the site's (default: those of holidays.ts). */
export function upcomingOfferDates(offers: readonly OfferLike[], now: Date, perOffer: number, holidays?: HolidayLookup): DatedItem[] {
  return offers
    .filter((offer) => offer.schedule && isRunning(offer))
    .flatMap((offer) =>
      nextOccurrences(offer.schedule as Schedule, now, perOffer, holidays ? { holidays } : {}).map((occurrence) => ({
        title: offer.title,
        href: offer.href,
        kind: 'offer' as const,
        start: occurrence.start,
        end: occurrence.end,
        startIso: occurrence.startIso,
        endIso: occurrence.endIso,
        ...(occurrence.holiday ? { holiday: occurrence.holiday } : {}),
      })),
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

/**
 * The first `days` days that have dates, each with all of that day's events and regular dates.
 * An offer meets at most a few times a day, so `4 × days` dates of each offer cover those days.
 */
export function upcomingDays(events: readonly EventLike[], offers: readonly OfferLike[], now: Date, days: number, holidays?: HolidayLookup): DateGroup[] {
  const items = [...upcomingEvents(events, now), ...upcomingOfferDates(offers, now, 4 * days, holidays)].sort(
    (a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'),
  );
  return groupByDay(items).slice(0, days);
}
