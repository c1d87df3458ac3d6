// "Diese Woche": the seven days (Monday to Sunday, as the German week runs) of the local week
// that contains `now`, each with what takes place on it. Pure, so it is tested without a build.
import type { Schedule } from '../../schemas/schedule.ts';
import { isRunning } from '../content/status.ts';
import { TIME_ZONE, localDateTimeToDate, toIsoWithOffset, toZoned, zonedIso, zonedToDate } from './zone.ts';
import { occurrencesBetween } from './schedule.ts';
import type { DatedItem, EventLike, OfferLike } from './upcoming.ts';

export interface WeekDay {
  /** Local calendar day, "2026-12-03". */
  day: string;
  /** Local midnight at the start and end of the day (23 or 25 hours apart on clock-change days). */
  start: Date;
  end: Date;
  startIso: string;
  endIso: string;
  isToday: boolean;
  /** The whole day lies before `now`. */
  isPast: boolean;
  /** What takes place on this day and has not ended at `now`, soonest first. */
  items: DatedItem[];
}

export function berlinWeek(now: Date, events: readonly EventLike[], offers: readonly OfferLike[]): WeekDay[] {
  const today = toZoned(now).toPlainDate();
  const monday = today.subtract({ days: today.dayOfWeek - 1 });
  const parsedEvents = events.map((e) => ({ ...e, startDate: localDateTimeToDate(e.start), endDate: localDateTimeToDate(e.end) }));
  const activeOffers = offers.filter((o) => o.schedule && isRunning(o));

  return Array.from({ length: 7 }, (_, i) => {
    const date = monday.add({ days: i });
    const startZ = date.toZonedDateTime({ timeZone: TIME_ZONE });
    const endZ = date.add({ days: 1 }).toZonedDateTime({ timeZone: TIME_ZONE });
    const start = zonedToDate(startZ);
    const end = zonedToDate(endZ);
    const items: DatedItem[] = [];
    for (const e of parsedEvents) {
      // An event lasting several days shows on each of them.
      if (e.startDate < end && e.endDate > start) {
        items.push({
          title: e.title,
          href: e.href,
          kind: 'event',
          start: e.startDate,
          end: e.endDate,
          startIso: toIsoWithOffset(e.startDate),
          endIso: toIsoWithOffset(e.endDate),
        });
      }
    }
    for (const o of activeOffers) {
      for (const occ of occurrencesBetween(o.schedule as Schedule, start, end)) {
        items.push({ title: o.title, href: o.href, kind: 'offer', ...occ });
      }
    }
    return {
      day: date.toString(),
      start,
      end,
      startIso: zonedIso(startZ),
      endIso: zonedIso(endZ),
      isToday: date.equals(today),
      isPast: end.getTime() <= now.getTime(),
      items: items
        .filter((item) => item.end.getTime() > now.getTime())
        .sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de')),
    };
  });
}
