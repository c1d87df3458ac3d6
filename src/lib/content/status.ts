// What the site shows of an entry, decided in one place: whether it is
// published, whether an offer is running and has dates, whether an event is
// past, whether a notice still applies, whether an entry needs a fresh review.
import { localDateTimeToDate, localDay } from '../dates/zone.ts';

/** Drafts are never published: no page, no search entry, no calendar file. */
export function isPublished(data: { draft?: boolean | undefined }): boolean {
  return data.draft !== true;
}

/** An offer takes place (not paused, not ended). Without a status it counts as running, as in the schema. */
export function isRunning(offer: { status?: string | undefined }): boolean {
  return (offer.status ?? 'aktiv') === 'aktiv';
}

/** A running offer with dates a calendar can hold: it gets next dates, a calendar file and opening hours. */
export function hasDates(offer: { status?: string | undefined; schedule?: { rules: readonly unknown[] } | undefined }): boolean {
  return isRunning(offer) && (offer.schedule?.rules.length ?? 0) > 0;
}

/** An event is past once its end (local time) is reached. */
export function isPast(event: { end: string }, now: Date): boolean {
  return localDateTimeToDate(event.end).getTime() <= now.getTime();
}

/** The notice while it applies: without "until" for good, else through that local day. */
export function activeNotice<T extends { text: string; until?: string | undefined }>(notice: T | undefined, now: Date): T | undefined {
  if (!notice) return undefined;
  return !notice.until || notice.until >= localDay(now) ? notice : undefined;
}

/** Entries not reviewed for this many months get a warning. */
export const STALE_AFTER_MONTHS = 12;

/** True when `reviewed` (YYYY-MM-DD) lies more than STALE_AFTER_MONTHS before `today` (YYYY-MM-DD). */
export function isStale(reviewed: string, today: string): boolean {
  const [y, m, d] = reviewed.split('-').map(Number) as [number, number, number];
  const months = y * 12 + (m - 1) + STALE_AFTER_MONTHS;
  const limit = `${String(Math.floor(months / 12)).padStart(4, '0')}-${String((months % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return limit < today;
}
