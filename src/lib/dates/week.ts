// "Die nächsten 7 Tage": the local days (Europe/Berlin) from today on, each with what takes place
// on it. The build makes DAYS_BUILT days so the page stays right for a week after the build: the
// browser script (client/dates.ts) shows the DAYS_SHOWN that start on the visitor's today.
// Pure, so it is tested without a build.
import type { Schedule } from '../../schemas/schedule.ts';
import { isRunning } from '../content/status.ts';
import type { HolidayLookup } from './holidays.ts';
import { TIME_ZONE, localDateTimeToDate, toIsoWithOffset, toZoned, zonedIso, zonedToDate } from './zone.ts';
import { occurrencesBetween } from './schedule.ts';
import type { DatedItem, EventLike, OfferLike } from './upcoming.ts';

/** Days the page shows at a time. */
export const DAYS_SHOWN = 7;
/** Days the build makes: today and 13 more, so every start day of the next week has its seven. */
export const DAYS_BUILT = 2 * DAYS_SHOWN;

export interface Day {
  /** Local calendar day, "2026-12-03". */
  day: string;
  /** Local midnight at the start and end of the day (23 or 25 hours apart on clock-change days). */
  start: Date;
  end: Date;
  startIso: string;
  endIso: string;
  isToday: boolean;
  /** Shown without JavaScript: one of the first DAYS_SHOWN days from the build's today. */
  shownAtBuild: boolean;
  /** What takes place on this day and has not ended at `now`, soonest first. */
  items: DatedItem[];
  /** Today had dates, and all of them have ended at `now`. */
  over: boolean;
}

/** Days with dates stand alone; a run of days without any is one group (one line on the page). */
export type DayGroup = { kind: 'day'; day: Day } | { kind: 'empty'; days: Day[] };

export function nextDays(
  now: Date,
  events: readonly EventLike[],
  offers: readonly OfferLike[],
  options: { count?: number; holidays?: HolidayLookup } = {},
): Day[] {
  const today = toZoned(now).toPlainDate();
  const parsedEvents = events.map((e) => ({ ...e, startDate: localDateTimeToDate(e.start), endDate: localDateTimeToDate(e.end) }));
  const activeOffers = offers.filter((o) => o.schedule && isRunning(o));
  const count = options.count ?? DAYS_BUILT;
  // Each offer's dates over all the days at once, then by local day (an occurrence starts and ends
  // on the same day): one expansion per offer instead of one per offer and day.
  const firstStart = zonedToDate(today.toZonedDateTime({ timeZone: TIME_ZONE }));
  const lastEnd = zonedToDate(today.add({ days: count }).toZonedDateTime({ timeZone: TIME_ZONE }));
  const holidayOptions = options.holidays ? { holidays: options.holidays } : {};
  const offerDays = new Map<string, DatedItem[]>();
  for (const o of activeOffers) {
    for (const occ of occurrencesBetween(o.schedule as Schedule, firstStart, lastEnd, holidayOptions)) {
      const day = occ.startIso.slice(0, 10);
      const list = offerDays.get(day) ?? [];
      list.push({ title: o.title, href: o.href, kind: 'offer', ...occ });
      offerDays.set(day, list);
    }
  }

  return Array.from({ length: count }, (_, i) => {
    const date = today.add({ days: i });
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
    items.push(...(offerDays.get(date.toString()) ?? []));
    const coming = items.filter((item) => item.end.getTime() > now.getTime());
    return {
      day: date.toString(),
      start,
      end,
      startIso: zonedIso(startZ),
      endIso: zonedIso(endZ),
      isToday: i === 0,
      shownAtBuild: i < DAYS_SHOWN,
      items: coming.sort((a, b) => a.start.getTime() - b.start.getTime() || a.title.localeCompare(b.title, 'de')),
      over: items.length > 0 && coming.length === 0,
    };
  });
}

/**
 * Consecutive days without dates as one group. A today whose dates are all over stands alone (its
 * list says so), so a family sees that something was on.
 */
export function groupDays(days: readonly Day[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const day of days) {
    const last = groups.at(-1);
    if (day.items.length > 0 || day.over) groups.push({ kind: 'day', day });
    else if (last?.kind === 'empty') last.days.push(day);
    else groups.push({ kind: 'empty', days: [day] });
  }
  return groups;
}
