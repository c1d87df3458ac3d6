// German date and time text, always in Werne's time zone (Europe/Berlin) whatever the TZ of the
// machine that builds or the browser that shows the page. Intl does the wording (month names,
// weekday names, order); Temporal does the time-zone arithmetic.
import { Temporal } from 'temporal-polyfill';

export const TIME_ZONE = 'Europe/Berlin';
const LOCALE = 'de-DE';

/** en dash, the German sign for ranges ("15:00–17:00 Uhr"). */
export const RANGE_DASH = '–';

const dateLong = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const dateShort = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const dayMonthYear = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
// hour "numeric" gives "9:30" (no leading zero), as German running text writes it; h23 keeps
// midnight "0:00" rather than "24:00".
const timeOfDay = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function toZoned(d: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(TIME_ZONE);
}

export function zonedToDate(z: Temporal.ZonedDateTime): Date {
  return new Date(z.epochMilliseconds);
}

/** "Donnerstag, 26. März 2026" */
export function formatDate(d: Date): string {
  return dateLong.format(d);
}

/** "Do., 26.03.2026": for compact lists; weekday kept because families plan by weekday. */
export function formatShortDate(d: Date): string {
  return dateShort.format(d);
}

/** "26. März 2026" for a calendar day written "2026-03-26" (validity, closed periods). */
export function formatLocalDate(day: string): string {
  // Noon avoids any question of which instant stands for the day.
  return dayMonthYear.format(zonedToDate(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: TIME_ZONE, plainTime: '12:00' })));
}

/** "Donnerstag, 26. März 2026" for a calendar day written "2026-03-26". */
export function formatLocalDateLong(day: string): string {
  return dateLong.format(zonedToDate(Temporal.PlainDate.from(day).toZonedDateTime({ timeZone: TIME_ZONE, plainTime: '12:00' })));
}

/** "15:00", "9:30" */
export function formatTime(d: Date): string {
  return timeOfDay.format(d);
}

/** "15:00" / "09:30" (a wall-clock time from the content) → "15:00" / "9:30", as formatTime writes it. */
export function formatClockTime(time: string): string {
  const t = Temporal.PlainTime.from(time);
  return `${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/** "15:00–17:00 Uhr" */
export function formatTimeRange(start: Date, end: Date): string {
  return `${formatTime(start)}${RANGE_DASH}${formatTime(end)} Uhr`;
}

/** "15:00–17:00 Uhr" from content times "15:00" and "17:00". */
export function formatClockTimeRange(start: string, end: string): string {
  return `${formatClockTime(start)}${RANGE_DASH}${formatClockTime(end)} Uhr`;
}

/**
 * Same day: "Samstag, 20. September 2025, 14:00–18:00 Uhr".
 * Different days: "Samstag, 20. September 2025, 14:00 Uhr – Sonntag, 21. September 2025, 18:00 Uhr"
 * (spaced dash between full expressions, DIN 5008).
 */
export function formatDateTimeRange(start: Date, end: Date): string {
  if (berlinDayKey(start) === berlinDayKey(end)) {
    return `${formatDate(start)}, ${formatTimeRange(start, end)}`;
  }
  return `${formatDate(start)}, ${formatTime(start)} Uhr ${RANGE_DASH} ${formatDate(end)}, ${formatTime(end)} Uhr`;
}

/** The calendar day in Werne, "2026-03-26": the key for grouping by day and comparing with content dates. */
export function berlinDayKey(d: Date): string {
  return toZoned(d).toPlainDate().toString();
}

/**
 * A wall-clock time in Werne ("2026-03-29T02:30") as an instant.
 *
 * Clock changes are resolved as RFC 5545 (3.3.5) prescribes for iCalendar, so pages and calendar
 * files agree: a time that does not exist (spring gap, 29 March 2026 02:00–03:00) is moved
 * forward by the length of the gap ("02:30" → 03:30 CEST); a time that exists twice (autumn,
 * 25 October 2026 02:00–03:00) means the first one, still in summer time ("02:30" → 02:30 CEST,
 * +02:00). This is Temporal's "compatible" disambiguation.
 */
export function localDateTimeToDate(localDateTime: string): Date {
  return zonedToDate(localToZoned(localDateTime));
}

export function localToZoned(localDateTime: string): Temporal.ZonedDateTime {
  return Temporal.PlainDateTime.from(localDateTime).toZonedDateTime(TIME_ZONE, { disambiguation: 'compatible' });
}

/** "2026-03-26T15:00:00+01:00": Werne local time with its offset (for data-ends, JSON-LD, <time>). */
export function toIsoWithOffset(d: Date): string {
  return zonedIso(toZoned(d));
}

export function zonedIso(z: Temporal.ZonedDateTime): string {
  return z.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}
