// The site's clock: every date and time in content is wall-clock time in local
// time (Europe/Berlin), whatever the time zone of the machine that builds or
// the browser that shows the page. Temporal does the time-zone arithmetic.
import { Temporal } from 'temporal-polyfill';

export const TIME_ZONE = 'Europe/Berlin';

export function toZoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(TIME_ZONE);
}

export function zonedToDate(zoned: Temporal.ZonedDateTime): Date {
  return new Date(zoned.epochMilliseconds);
}

/**
 * The local calendar day of an instant, "2026-03-26": "today" for freshness,
 * notices, closed periods and the week view, and the key for grouping by day.
 * ISO day strings compare as dates.
 */
export function localDay(instant: Date): string {
  return toZoned(instant).toPlainDate().toString();
}

/**
 * A local wall-clock time ("2026-03-29T02:30") as a zoned instant.
 *
 * Clock changes are resolved as RFC 5545 (3.3.5) prescribes for iCalendar, so pages and calendar
 * files agree: a time that does not exist (spring gap, 29 March 2026 02:00–03:00) is moved
 * forward by the length of the gap ("02:30" → 03:30 CEST); a time that exists twice (autumn,
 * 25 October 2026 02:00–03:00) means the first one, still in summer time ("02:30" → 02:30 CEST,
 * +02:00). This is Temporal's "compatible" disambiguation.
 */
export function localToZoned(localDateTime: string): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(localDateTime).toZonedDateTime(TIME_ZONE, { disambiguation: 'compatible' });
}

export function localDateTimeToDate(localDateTime: string): Date {
  return zonedToDate(localToZoned(localDateTime));
}

/** Noon of a local calendar day: an instant that stands for the day without any question of clock changes. */
export function localNoon(day: string): Date {
  return zonedToDate(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: TIME_ZONE, plainTime: '12:00' }));
}

/** "2026-03-26T15:00:00+01:00": local time with its offset (for data-ends, JSON-LD, <time>). */
export function zonedIso(zoned: Temporal.ZonedDateTime): string {
  return zoned.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

export function toIsoWithOffset(instant: Date): string {
  return zonedIso(toZoned(instant));
}

/** Does this wall-clock time ("2027-03-28T02:30") exist in local time? Not inside the spring gap. */
export function existsLocally(localDateTime: string): boolean {
  const plain = Temporal.PlainDateTime.from(localDateTime);
  return Temporal.PlainDateTime.compare(plain.toZonedDateTime(TIME_ZONE, { disambiguation: 'compatible' }).toPlainDateTime(), plain) === 0;
}

/** A local day on which the clock jumps forward, and the wall-clock times that do not exist on it. */
export interface ClockGap {
  /** "2027-03-28" */
  day: string;
  /** First missing time, "02:00". */
  from: string;
  /** First time after the jump, "03:00". */
  to: string;
}

let gaps: ClockGap[] | undefined;

/** Every spring-forward gap of local time from 2000 to 2100 (the zone's own rules, not a table). */
export function clockGaps(): readonly ClockGap[] {
  if (gaps) return gaps;
  gaps = [];
  let at: Temporal.ZonedDateTime | null = Temporal.ZonedDateTime.from({ year: 2000, month: 1, day: 1, timeZone: TIME_ZONE });
  while (at && at.year <= 2100) {
    at = at.getTimeZoneTransition('next');
    if (!at) break;
    const before = at.subtract({ nanoseconds: 1 });
    if (at.offsetNanoseconds <= before.offsetNanoseconds) continue; // autumn: times repeat, none is missing
    const jump = at.offsetNanoseconds - before.offsetNanoseconds;
    const to = at.toPlainDateTime();
    const from = to.subtract({ nanoseconds: jump });
    gaps.push({ day: to.toPlainDate().toString(), from: from.toPlainTime().toString({ smallestUnit: 'minute' }), to: to.toPlainTime().toString({ smallestUnit: 'minute' }) });
  }
  return gaps;
}

/** Is the wall-clock time "HH:MM" inside the gap? */
export function inGap(gap: ClockGap, time: string): boolean {
  return time >= gap.from && time < gap.to;
}
