// Calendar files (RFC 5545) for offers and events, and one feed of everything.
//
// ical-generator writes the file; @touch4it/ical-timezones supplies the VTIMEZONE for
// Europe/Berlin so every client sees the same clock changes. All date values are handed over as
// Temporal.ZonedDateTime: with a plain Date, ical-generator would read the local time of the
// machine's TZ, and the build would depend on where it runs.
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalCalendarMethod,
  ICalEventRepeatingFreq,
  ICalEventStatus,
  ICalWeekday,
  type ICalCalendar,
  type ICalRepeatingOptions,
} from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import type { Event } from '../../schemas/event.ts';
import type { Offer } from '../../schemas/offer.ts';
import type { Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { t } from '../../i18n/de.ts';
import { placeLine, type PublicPlace } from '../content/places.ts';
import { now } from './now.ts';
import { recurrenceParts, ruleStartsOnDays, untilInstant } from './schedule.ts';
import { TIME_ZONE, localToZoned } from './zone.ts';

export const UID_DOMAIN = 'familiennetz-werne';
const SITE_NAME = t('site.name');

export interface CalendarContext {
  /** Entry id (file name), the stable part of the UID. */
  id: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** Where it takes place, as much as may be published (a protected place: its town and public name). */
  place?: PublicPlace | undefined;
}

export interface CalendarOptions {
  /** DTSTAMP. Defaults to now(), so SOURCE_DATE_EPOCH makes the file byte-identical. */
  now?: Date;
}

export interface FeedOptions extends CalendarOptions {
  name?: string;
  /** Absolute URL of the feed or the page that links it. */
  url?: string;
}

export interface OfferCalendarItem extends CalendarContext {
  offer: Offer;
}
export interface EventCalendarItem extends CalendarContext {
  event: Event;
}


const EVENT_STATUS: Record<Event['status'], ICalEventStatus> = {
  geplant: ICalEventStatus.CONFIRMED,
  abgesagt: ICalEventStatus.CANCELLED,
  verschoben: ICalEventStatus.TENTATIVE,
};

// Clients that ignore STATUS would show a cancelled event as if it took place.
const STATUS_PREFIX: Record<Event['status'], string> = { geplant: '', abgesagt: 'Abgesagt: ', verschoben: 'Verschoben: ' };

/**
 * VTIMEZONE without TZURL: the site loads nothing from other hosts, and a client following TZURL
 * would tell a third party which calendars a family subscribes to.
 */
function vtimezone(tzid: string): string | null {
  const component = getVtimezoneComponent(tzid);
  return component ? component.replace(/^TZURL:[^\r\n]*\r?\n/m, '') : null;
}

function newCalendar(name: string, url?: string): ICalCalendar {
  return ical({
    prodId: { company: SITE_NAME, product: 'Termine', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    name,
    ...(url ? { url } : {}),
    // name null: no calendar-wide zone, so DTSTAMP and UNTIL stay in UTC as RFC 5545 requires;
    // the generator still adds a VTIMEZONE for every TZID the events use.
    timezone: { name: null, generator: vtimezone },
  });
}

function stampOf(options: CalendarOptions): Temporal.Instant {
  return Temporal.Instant.fromEpochMilliseconds((options.now ?? now()).getTime());
}

/** One line for LOCATION: what may be published of the place (lib/content/places.ts). */
export function locationText(place: PublicPlace | undefined): string | undefined {
  return place ? placeLine(place) : undefined;
}

function describe(summary: string, url: string): string {
  return `${summary}\n\n${url}`;
}

/** UID of an offer's rule: the first rule keeps the plain id, so adding a rule later changes no existing UID. */
export function offerUid(id: string, ruleIndex = 0): string {
  return ruleIndex === 0 ? `offer-${id}@${UID_DOMAIN}` : `offer-${id}-${ruleIndex + 1}@${UID_DOMAIN}`;
}

export function eventUid(id: string): string {
  return `event-${id}@${UID_DOMAIN}`;
}

function endOn(start: Temporal.ZonedDateTime, time: string): Temporal.ZonedDateTime {
  return start.toPlainDate().toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from(time) });
}

/**
 * The series starts at its first occurrence on or after validFrom (else the offer's "reviewed"
 * day: a stable date, unlike the build date, so the series does not move with every build).
 * Returns null when no occurrence exists in the year after the anchor.
 */
function firstStart(schedule: Schedule, rule: ScheduleRule, anchorDay: string): Temporal.ZonedDateTime | null {
  const first = Temporal.PlainDate.from(anchorDay);
  return ruleStartsOnDays(schedule, rule, first, first.add({ days: 400 }))[0] ?? null;
}

/** Occurrences of the rule that fall on closed days, from the series start on: the EXDATEs. */
function closedStarts(schedule: Schedule, rule: ScheduleRule, seriesStart: Temporal.ZonedDateTime): Temporal.ZonedDateTime[] {
  const result: Temporal.ZonedDateTime[] = [];
  for (const period of schedule.closed ?? []) {
    const starts = ruleStartsOnDays(schedule, rule, Temporal.PlainDate.from(period.from), Temporal.PlainDate.from(period.to ?? period.from));
    result.push(...starts.filter((s) => Temporal.ZonedDateTime.compare(s, seriesStart) >= 0));
  }
  return result.sort(Temporal.ZonedDateTime.compare);
}

function addOffer(calendar: ICalCalendar, item: OfferCalendarItem, stamp: Temporal.Instant): void {
  const { offer, id, url, place } = item;
  const schedule = offer.schedule;
  if (!schedule) return;
  const anchorDay = schedule.validFrom ?? offer.reviewed;
  schedule.rules.forEach((rule, index) => {
    const start = firstStart(schedule, rule, rule.repeat === 'einmalig' ? rule.date : anchorDay);
    if (!start) return;
    const exclude = closedStarts(schedule, rule, start);
    let repeating: ICalRepeatingOptions | null = null;
    if (rule.repeat === 'einmalig') {
      // A single date on a closed day simply does not take place.
      if (exclude.length > 0) return;
    } else {
      const parts = recurrenceParts(rule);
      repeating = {
        freq: parts.freq === 'WEEKLY' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
        byDay: parts.byDay.map((d) => ICalWeekday[d]),
        ...(parts.interval > 1 ? { interval: parts.interval } : {}),
        ...(parts.bySetPos ? { bySetPos: parts.bySetPos } : {}),
        ...(schedule.validUntil ? { until: untilInstant(schedule.validUntil) } : {}),
        ...(exclude.length > 0 ? { exclude } : {}),
      };
    }
    const where = locationText(place);
    calendar.createEvent({
      id: offerUid(id, index),
      stamp,
      start,
      end: endOn(start, rule.end),
      timezone: TIME_ZONE,
      summary: offer.title,
      description: describe(offer.summary, url),
      url,
      ...(where ? { location: where } : {}),
      ...(repeating ? { repeating } : {}),
    });
  });
}

function addEvent(calendar: ICalCalendar, item: EventCalendarItem, stamp: Temporal.Instant): void {
  const { event, id, url, place } = item;
  const where = locationText(place);
  calendar.createEvent({
    id: eventUid(id),
    stamp,
    start: localToZoned(event.start),
    end: localToZoned(event.end),
    timezone: TIME_ZONE,
    summary: `${STATUS_PREFIX[event.status]}${event.title}`,
    description: describe(event.summary, url),
    url,
    status: EVENT_STATUS[event.status],
    ...(where ? { location: where } : {}),
  });
}

/** The .ics text for one regular offer: one VEVENT per schedule rule. */
export function offerCalendar(offer: Offer, context: CalendarContext, options: CalendarOptions = {}): string {
  const calendar = newCalendar(`${offer.title} – ${SITE_NAME}`, context.url);
  addOffer(calendar, { offer, ...context }, stampOf(options));
  return calendar.toString();
}

/** The .ics text for one dated event. */
export function eventCalendar(event: Event, context: CalendarContext, options: CalendarOptions = {}): string {
  const calendar = newCalendar(`${event.title} – ${SITE_NAME}`, context.url);
  addEvent(calendar, { event, ...context }, stampOf(options));
  return calendar.toString();
}

/** One feed with every offer and event (for the webcal: link). Order follows the input. */
export function feedCalendar(
  all: { offers?: OfferCalendarItem[]; events?: EventCalendarItem[] },
  options: FeedOptions = {},
): string {
  const calendar = newCalendar(options.name ?? `Termine – ${SITE_NAME}`, options.url);
  const stamp = stampOf(options);
  for (const item of all.offers ?? []) addOffer(calendar, item, stamp);
  for (const item of all.events ?? []) addEvent(calendar, item, stamp);
  return calendar.toString();
}
