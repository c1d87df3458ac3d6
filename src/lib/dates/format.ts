// Date and time text in local time (Europe/Berlin), in the page's language.
// Intl does the wording (month names, weekday names, order) for the language's
// locale, the phrases around it come from the interface texts, and zone.ts
// does the arithmetic. Times are written on the 24-hour clock in every
// language, as the offers' times are given.
import { Temporal } from 'temporal-polyfill';
import { localeOf, t, type LanguageCode } from '../../i18n/index.ts';
import { TIME_ZONE, localDay, localNoon } from './zone.ts';

const FORMATS = {
  dateLong: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dayMonthYear: { day: 'numeric', month: 'long', year: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  weekday: { weekday: 'long' },
  // hour "numeric" gives "9:30" (no leading zero), as German running text writes it; h23 keeps
  // midnight "0:00" rather than "24:00".
  time: { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: LanguageCode, format: keyof typeof FORMATS): Intl.DateTimeFormat {
  const key = `${lang}:${format}`;
  let result = cache.get(key);
  if (!result) {
    result = new Intl.DateTimeFormat(localeOf(lang), { timeZone: TIME_ZONE, ...FORMATS[format] });
    cache.set(key, result);
  }
  return result;
}

/** "Donnerstag", "Thursday", "Perşembe", "الخميس", "четвер" */
export function formatWeekday(instant: Date, lang: LanguageCode): string {
  return formatter(lang, 'weekday').format(instant);
}

/** The name of an ISO weekday (1 = Monday) in a language: "Donnerstag", "Thursday". */
export function weekdayName(iso: number, lang: LanguageCode): string {
  // 2024-01-01 was a Monday; noon keeps the day whatever the zone.
  return formatWeekday(localNoon(`2024-01-0${iso}`), lang);
}

/** "Donnerstag, 26. März 2026" */
export function formatDate(instant: Date, lang: LanguageCode): string {
  return formatter(lang, 'dateLong').format(instant);
}

/** "26. März 2026" for a calendar day written "2026-03-26" (validity, closed periods). */
export function formatLocalDate(day: string, lang: LanguageCode): string {
  return formatter(lang, 'dayMonthYear').format(localNoon(day));
}

/** "März 2026" for a calendar day written "2026-03-26" (how fresh a fact is). */
export function formatLocalMonth(day: string, lang: LanguageCode): string {
  return formatter(lang, 'monthYear').format(localNoon(day));
}

/** "Donnerstag, 26. März 2026" for a calendar day written "2026-03-26". */
export function formatLocalDateLong(day: string, lang: LanguageCode): string {
  return formatter(lang, 'dateLong').format(localNoon(day));
}

/** "15:00", "9:30" */
export function formatTime(instant: Date, lang: LanguageCode): string {
  return formatter(lang, 'time').format(instant);
}

/** "15:00" / "09:30" (a wall-clock time from the content) → "15:00" / "9:30", as formatTime writes it. */
export function formatClockTime(time: string): string {
  const t = Temporal.PlainTime.from(time);
  return `${t.hour}:${String(t.minute).padStart(2, '0')}`;
}

/** "15:00–17:00 Uhr" */
export function formatTimeRange(start: Date, end: Date, lang: LanguageCode): string {
  return t(lang, 'time.range', { start: formatTime(start, lang), end: formatTime(end, lang) });
}

/** "15:00–17:00 Uhr" from content times "15:00" and "17:00". */
export function formatClockTimeRange(start: string, end: string, lang: LanguageCode): string {
  return t(lang, 'time.range', { start: formatClockTime(start), end: formatClockTime(end) });
}

/**
 * Same day: "Samstag, 20. September 2025, 14:00–18:00 Uhr".
 * Different days: "Samstag, 20. September 2025, 14:00 Uhr – Sonntag, 21. September 2025, 18:00 Uhr"
 * (spaced dash between full expressions, DIN 5008).
 */
export function formatDateTimeRange(start: Date, end: Date, lang: LanguageCode): string {
  if (localDay(start) === localDay(end)) {
    return t(lang, 'time.dayAndRange', { date: formatDate(start, lang), range: formatTimeRange(start, end, lang) });
  }
  return t(lang, 'time.span', {
    startDate: formatDate(start, lang),
    startTime: formatTime(start, lang),
    endDate: formatDate(end, lang),
    endTime: formatTime(end, lang),
  });
}
