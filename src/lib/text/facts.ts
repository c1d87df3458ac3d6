// Plain-German phrases for offer facts (cost, ages, registration, how fresh
// the facts are), shared by the offer page, cards and structured data. An
// unknown fact reads as unknown, never as a default that sounds like a fact.
import { t } from '../../i18n/de.ts';
import type { Offer } from '../../schemas/offer.ts';
import { isRunning, isStale } from '../content/status.ts';
import { formatClockTimeRange, formatLocalMonth } from '../dates/format.ts';
import { inWeekOrder, type Weekday } from '../dates/weekdays.ts';

/** Why an offer does not take place ("Dieses Angebot macht gerade Pause."); nothing while it runs. */
export function offerStatusText(offer: Pick<Offer, 'status'>): string | undefined {
  if (isRunning(offer)) return undefined;
  return t(`offer.status.${offer.status as Exclude<Offer['status'], 'aktiv'>}`);
}

export function costText(cost: Offer['cost']): string {
  switch (cost.type) {
    case 'kostenlos':
      return t('cost.kostenlos');
    case 'spende':
      return cost.text ? `${t('cost.spende')}: ${cost.text}` : t('cost.spende');
    case 'gebühr':
      return cost.text;
    case 'unbekannt':
      return t('fact.unknown');
  }
}

export function ageText(range: Offer['ageRange']): string | undefined {
  if (!range) return undefined;
  const { from, to } = range;
  if (from !== undefined && to !== undefined) return t('ages.range', { from, to });
  if (from !== undefined) return t('ages.from', { from });
  if (to !== undefined) return t('ages.to', { to });
  return undefined;
}

/**
 * Whether and how to register. "Just come by" is said only where a family
 * knows when and where to come; without time or place it would send them
 * nowhere.
 */
export function registrationText(registration: Offer['registration'], whenAndWhereKnown: boolean): string {
  const base =
    registration.required === 'nein'
      ? t(whenAndWhereKnown ? 'registration.nein.comeBy' : 'registration.nein')
      : registration.required === 'ja'
        ? t('registration.ja')
        : t('fact.unknown');
  return registration.how ? `${base} ${registration.how}` : base;
}

export interface Freshness {
  /** "2023-12" for <time datetime>. */
  datetime: string;
  /** "Dezember 2023": the editors' convention dates a fact known only by month or year to its first day, so the day is not shown. */
  month: string;
  /** Older than the review period: "bitte vor dem Besuch nachfragen". */
  hint: string | undefined;
  /** Month and hint as one line of text. */
  text: string;
}

/** The "Stand" of an entry from its `reviewed` date, as of `today` (both YYYY-MM-DD, local time). */
export function freshness(reviewed: string, today: string): Freshness {
  const month = formatLocalMonth(reviewed);
  const hint = isStale(reviewed, today) ? t('fact.reviewedStale') : undefined;
  return { datetime: reviewed.slice(0, 7), month, hint, text: hint ? `${month} – ${hint}` : month };
}

export interface OpeningSlot {
  weekdays: readonly Weekday[];
  start: string;
  end: string;
}

const list = new Intl.ListFormat('de', { style: 'long', type: 'conjunction' });

/** "Montag und Donnerstag, 9:00–12:00 Uhr" per slot; undefined when the hours are not known. */
export function openingHoursLines(slots: readonly OpeningSlot[] | undefined): string[] | undefined {
  if (!slots || slots.length === 0) return undefined;
  return slots.map((slot) => t('hours.slot', { days: list.format(inWeekOrder(slot.weekdays)), times: formatClockTimeRange(slot.start, slot.end) }));
}

/** Strips spaces and separators so a phone number can be dialled from a tel: link. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** A phone number as shown: non-breaking spaces, so it never wraps mid-number. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0');
}

/** A website as shown: without "https://" and a trailing slash ("www.example.org"). */
export function websiteText(url: string): string {
  return url.replace(/^https:\/\//, '').replace(/\/$/, '');
}
