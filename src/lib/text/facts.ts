// Plain phrases for offer facts (cost, ages, registration, how fresh the
// facts are) in the page's language, shared by the offer page, cards and
// structured data. An unknown fact reads as unknown, never as a default that
// sounds like a fact.
import { t, type LanguageCode } from '../../i18n/index.ts';
import type { Offer } from '../../schemas/offer.ts';
import { isRunning, isStale } from '../content/status.ts';
import { formatClockTimeRange, formatLocalMonth } from '../dates/format.ts';
import type { Weekday } from '../dates/weekdays.ts';
import { weekdaysText } from './schedule.ts';

/** Why an offer does not take place ("Dieses Angebot macht gerade Pause."); nothing while it runs. */
export function offerStatusText(offer: Pick<Offer, 'status'>, lang: LanguageCode): string | undefined {
  if (isRunning(offer)) return undefined;
  return t(lang, `offer.status.${offer.status as Exclude<Offer['status'], 'aktiv'>}`);
}

/** The editors' free text about the cost, where the kind of cost has one. */
export function costNote(cost: Offer['cost']): string | undefined {
  return 'text' in cost ? cost.text : undefined;
}

/**
 * Cost in words. `text` is the editors' free text (cost.text) in the page's language: the
 * translation's where there is one, else the German.
 */
export function costText(cost: Offer['cost'], lang: LanguageCode, text: string | undefined = costNote(cost)): string {
  switch (cost.type) {
    case 'kostenlos':
      return t(lang, 'cost.kostenlos');
    case 'spende':
      return text ? `${t(lang, 'cost.spende')}: ${text}` : t(lang, 'cost.spende');
    case 'gebühr':
      return text ?? cost.text;
    case 'unbekannt':
      return t(lang, 'fact.unknown');
  }
}

export function ageText(range: Offer['ageRange'], lang: LanguageCode): string | undefined {
  if (!range) return undefined;
  const { from, to } = range;
  if (from !== undefined && to !== undefined) return t(lang, 'ages.range', { from, to });
  if (from !== undefined) return t(lang, 'ages.from', { from });
  if (to !== undefined) return t(lang, 'ages.to', { to });
  return undefined;
}

/**
 * Whether and how to register. "Just come by" is said only where a family
 * knows when and where to come; without time or place it would send them
 * nowhere.
 */
export function registrationText(
  registration: Offer['registration'],
  whenAndWhereKnown: boolean,
  lang: LanguageCode,
  how: string | undefined = registration.how,
): string {
  const base =
    registration.required === 'nein'
      ? t(lang, whenAndWhereKnown ? 'registration.nein.comeBy' : 'registration.nein')
      : registration.required === 'ja'
        ? t(lang, 'registration.ja')
        : t(lang, 'fact.unknown');
  return how ? `${base} ${how}` : base;
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
export function freshness(reviewed: string, today: string, lang: LanguageCode): Freshness {
  const month = formatLocalMonth(reviewed, lang);
  const hint = isStale(reviewed, today) ? t(lang, 'fact.reviewedStale') : undefined;
  return { datetime: reviewed.slice(0, 7), month, hint, text: hint ? `${month} – ${hint}` : month };
}

export interface OpeningSlot {
  weekdays: readonly Weekday[];
  start: string;
  end: string;
}

/** "Montag und Donnerstag, 9:00–12:00 Uhr" per slot; undefined when the hours are not known. */
export function openingHoursLines(slots: readonly OpeningSlot[] | undefined, lang: LanguageCode): string[] | undefined {
  if (!slots || slots.length === 0) return undefined;
  return slots.map((slot) => t(lang, 'hours.slot', { days: weekdaysText(slot.weekdays, lang), times: formatClockTimeRange(slot.start, slot.end, lang) }));
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
