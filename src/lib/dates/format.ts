// German date and time text in local time (Europe/Berlin). Intl does the
// wording (month names, weekday names, order), the phrases around it come from
// the interface texts, and zone.ts does the arithmetic.
import { Temporal } from 'temporal-polyfill';
import { t } from '../../i18n/de.ts';
import { TIME_ZONE, localDay, localNoon } from './zone.ts';

const LOCALE = 'de-DE';

const dateLong = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
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

const weekdayName = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: 'long' });

/** "Donnerstag" */
export function formatWeekday(instant: Date): string {
  return weekdayName.format(instant);
}

/** "Donnerstag, 26. März 2026" */
export function formatDate(instant: Date): string {
  return dateLong.format(instant);
}

/** "26. März 2026" for a calendar day written "2026-03-26" (validity, closed periods). */
export function formatLocalDate(day: string): string {
  return dayMonthYear.format(localNoon(day));
}

const monthYear = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'long', year: 'numeric' });

/** "März 2026" for a calendar day written "2026-03-26" (how fresh a fact is). */
export function formatLocalMonth(day: string): string {
  return monthYear.format(localNoon(day));
}

/** "Donnerstag, 26. März 2026" for a calendar day written "2026-03-26". */
export function formatLocalDateLong(day: string): string {
  return dateLong.format(localNoon(day));
}

/** "15:00", "9:30" */
export function formatTime(instant: Date): string {
  return timeOfDay.format(instant);
}

/** "15:00" / "09:30" (a wall-clock time from the content) → "15:00" / "9:30", as formatTime writes it. */
export function formatClockTime(time: string): string {
  const t = Temporal.PlainTime.from(time);
  return `${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/** "15:00–17:00 Uhr" */
export function formatTimeRange(start: Date, end: Date): string {
  return t('time.range', { start: formatTime(start), end: formatTime(end) });
}

/** "15:00–17:00 Uhr" from content times "15:00" and "17:00". */
export function formatClockTimeRange(start: string, end: string): string {
  return t('time.range', { start: formatClockTime(start), end: formatClockTime(end) });
}

/**
 * Same day: "Samstag, 20. September 2025, 14:00–18:00 Uhr".
 * Different days: "Samstag, 20. September 2025, 14:00 Uhr – Sonntag, 21. September 2025, 18:00 Uhr"
 * (spaced dash between full expressions, DIN 5008).
 */
export function formatDateTimeRange(start: Date, end: Date): string {
  if (localDay(start) === localDay(end)) {
    return t('time.dayAndRange', { date: formatDate(start), range: formatTimeRange(start, end) });
  }
  return t('time.span', { startDate: formatDate(start), startTime: formatTime(start), endDate: formatDate(end), endTime: formatTime(end) });
}
