// The list of coming dates: one-off events and the next occurrences of
// regular offers, merged and sorted. Pure, so it is tested without a build.
import type { Schedule } from '../../schemas/schedule.ts';
import { isRunning } from '../content/status.ts';
import { localDateTimeToDate, toIsoWithOffset } from './zone.ts';
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

export function upcomingOfferDates(offers: readonly OfferLike[], now: Date, perOffer: number): DatedItem[] {
  return offers
    .filter((offer) => offer.schedule && isRunning(offer))
    .flatMap((offer) =>
      nextOccurrences(offer.schedule as Schedule, now, perOffer).map((occurrence) => ({
        title: offer.title,
        href: offer.href,
        kind: 'offer' as const,
        start: occurrence.start,
        end: occurrence.end,
        startIso: occurrence.startIso,
        endIso: occurrence.endIso,
      })),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'));
}

/** Events and regular dates together, soonest first, at most `limit`. */
export function upcoming(events: readonly EventLike[], offers: readonly OfferLike[], now: Date, limit: number): DatedItem[] {
  return [...upcomingEvents(events, now), ...upcomingOfferDates(offers, now, limit)]
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de'))
    .slice(0, limit);
}
