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
import { t, type LanguageCode } from '../../i18n/index.ts';
import { placeLine, type PublicPlace } from '../content/places.ts';
import { now } from './now.ts';
import { describeCalendarFacts } from '../text/schedule.ts';
import { type HolidayId, type HolidayLookup, holidaysFor } from './holidays.ts';
import { holidayName } from '../text/holidays.ts';
import { atTime, closedRange, dayStatus, isClosedDay, recurrenceParts, rulePeriod, ruleStartsOnDays, untilInstant } from './schedule.ts';
import { TIME_ZONE, localDay, localToZoned } from './zone.ts';

/** Who publishes the calendars: the site's name (calendar names, PRODID) and the domain every UID ends in. */
export interface CalendarSource {
  name: string;
  /** Right-hand side of every UID: the host of the site's own address (content/site.yaml), so UIDs never change with SITE_URL. */
  uidDomain: string;
}

/** For callers that do not say (tests of the file format): a reserved domain that can never clash. */
const UNNAMED_SOURCE: CalendarSource = { name: 'Termine', uidDomain: 'termine.invalid' };

/** The UID domain for a site address. */
export function uidDomainOf(siteUrl: string): string {
  return new URL(siteUrl).hostname;
}

export interface CalendarContext {
  /** Entry id (file name), the stable part of the UID. */
  id: string;
  /** Absolute URL of the entry's page. */
  url: string;
  /** Where it takes place, as much as may be published (a protected place: its town and public name). */
  place?: PublicPlace | undefined;
}

export interface CalendarOptions {
  /** DTSTAMP, and "today" for the holiday window. Defaults to now(), so SOURCE_DATE_EPOCH makes the file byte-identical. */
  now?: Date;
  /** Public holidays; defaults to those of the default state (holidays.ts). */
  holidays?: HolidayLookup;
  source?: CalendarSource;
  /** Language of the texts (summaries, holiday notes, validity): that of the page linking the file. Default German. */
  lang?: LanguageCode;
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
function statusPrefix(status: Event['status'], lang: LanguageCode): string {
  return status === 'geplant' ? '' : `${t(lang, `event.status.${status}`)}: `;
}

/**
 * VTIMEZONE without TZURL: the site loads nothing from other hosts, and a client following TZURL
 * would tell a third party which calendars a family subscribes to.
 */
function vtimezone(tzid: string): string | null {
  const component = getVtimezoneComponent(tzid);
  return component ? component.replace(/^TZURL:[^\r\n]*\r?\n/m, '') : null;
}

// Control characters other than the line break have no place in a calendar value; the schemas
// refuse them in one-line fields already, this keeps a file valid whatever reaches it.
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

/** A value for a TEXT property ical-generator escapes itself (SUMMARY, DESCRIPTION, LOCATION). */
export function calendarText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, ' ');
}

/**
 * A value for NAME and X-WR-CALNAME, which ical-generator writes as given: escaped here as RFC 5545
 * TEXT (3.3.11), on one line, so no title can add a property or an event to the file.
 */
export function calendarName(text: string): string {
  return calendarText(text)
    .replace(/\n/g, ' ')
    .replace(/[\\;,]/g, (c) => `\\${c}`);
}

function newCalendar(name: string, source: CalendarSource, url?: string): ICalCalendar {
  return ical({
    prodId: { company: calendarName(source.name), product: 'Termine', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    name: calendarName(name),
    ...(url ? { url: new URL(url).href } : {}),
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

function describe(lines: readonly string[], url: string): string {
  return calendarText([...lines.filter(Boolean), url].join('\n\n'));
}

/** UID of an offer's rule: the first rule keeps the plain id, so adding a rule later changes no existing UID. */
export function offerUid(id: string, domain: string, ruleIndex = 0): string {
  return ruleIndex === 0 ? `offer-${id}@${domain}` : `offer-${id}-${ruleIndex + 1}@${domain}`;
}

export function eventUid(id: string, domain: string): string {
  return `event-${id}@${domain}`;
}

/**
 * The series starts at its first occurrence in its period (from the rule's or the schedule's
 * validFrom; without one, from the offer's "reviewed" day: a stable date, unlike the build date,
 * so the series does not move with every build). Null when none exists within 400 days.
 */
function firstStart(schedule: Schedule, rule: ScheduleRule, fallbackDay: string): Temporal.ZonedDateTime | null {
  const first = Temporal.PlainDate.from(rulePeriod(schedule, rule).from ?? fallbackDay);
  return ruleStartsOnDays(schedule, rule, first, first.add({ days: 400 }))[0] ?? null;
}

/** Holiday exceptions are written from today to the end of next year; the nightly build carries them on. */
function holidayWindow(today: string): [string, string] {
  return [today, `${Number(today.slice(0, 4)) + 1}-12-31`];
}

interface Exceptions {
  /** Starts that do not take place: closed days (all), holidays with "fällt aus" (in the window). */
  exclude: Temporal.ZonedDateTime[];
  /** Starts on a holiday with "unbekannt" (in the window): kept, marked as "ask first". */
  ask: { start: Temporal.ZonedDateTime; holiday: HolidayId }[];
}

function exceptions(schedule: Schedule, rule: ScheduleRule, seriesStart: Temporal.ZonedDateTime, today: string, holidays: HolidayLookup): Exceptions {
  const result: Exceptions = { exclude: [], ask: [] };
  const after = (s: Temporal.ZonedDateTime) => Temporal.ZonedDateTime.compare(s, seriesStart) >= 0;
  for (const period of schedule.closed ?? []) {
    const [from, to] = closedRange(period);
    result.exclude.push(...ruleStartsOnDays(schedule, rule, Temporal.PlainDate.from(from), Temporal.PlainDate.from(to)).filter(after));
  }
  const [from, to] = holidayWindow(today);
  for (const start of ruleStartsOnDays(schedule, rule, Temporal.PlainDate.from(from), Temporal.PlainDate.from(to)).filter(after)) {
    const status = dayStatus(schedule, start.toPlainDate().toString(), holidays);
    if (status.kind === 'closed' && !isClosedDay(schedule, start.toPlainDate().toString())) result.exclude.push(start);
    if (status.kind === 'ask') result.ask.push({ start, holiday: status.holiday });
  }
  const unique = [...new Map(result.exclude.map((s) => [s.epochMilliseconds, s])).values()];
  return { exclude: unique.sort(Temporal.ZonedDateTime.compare), ask: result.ask };
}

interface Series extends Exceptions {
  start: Temporal.ZonedDateTime;
}

// An offer's series goes into its own file and into the feed of all dates: the expansion (the
// costly part at 10,000 entries) is done once per rule, day and holiday lookup. Schedules are
// never changed after they are read, and Temporal values cannot be.
const seriesCache = new WeakMap<ScheduleRule, WeakMap<HolidayLookup, Map<string, Series | null>>>();

function seriesOf(schedule: Schedule, rule: ScheduleRule, fallbackDay: string, today: string, holidays: HolidayLookup): Series | null {
  let byHolidays = seriesCache.get(rule);
  if (!byHolidays) seriesCache.set(rule, (byHolidays = new WeakMap()));
  let byDay = byHolidays.get(holidays);
  if (!byDay) byHolidays.set(holidays, (byDay = new Map()));
  // The schedule's own period and closures are part of the key: a rule object belongs to one schedule.
  const key = JSON.stringify([fallbackDay, today, schedule.validFrom, schedule.validUntil, schedule.closed, schedule.onPublicHolidays]);
  if (byDay.has(key)) return byDay.get(key)!;
  const start = firstStart(schedule, rule, fallbackDay);
  const series = start ? { start, ...exceptions(schedule, rule, start, today, holidays) } : null;
  byDay.set(key, series);
  return series;
}

function addOffer(
  calendar: ICalCalendar,
  item: OfferCalendarItem,
  stamp: Temporal.Instant,
  today: string,
  holidays: HolidayLookup,
  domain: string,
  lang: LanguageCode,
): void {
  const { offer, id, url, place } = item;
  const schedule = offer.schedule;
  if (!schedule) return;
  const where = locationText(place);
  schedule.rules.forEach((rule, index) => {
    const series = seriesOf(schedule, rule, offer.reviewed, today, holidays);
    if (!series) return;
    const { start, exclude, ask } = series;
    const common = {
      id: offerUid(id, domain, index),
      stamp,
      timezone: TIME_ZONE,
      url,
      ...(where ? { location: calendarText(where) } : {}),
    };
    let repeating: ICalRepeatingOptions | null = null;
    if (rule.repeat === 'einmalig') {
      // A single date on a closed day simply does not take place.
      if (exclude.length > 0) return;
    } else {
      const parts = recurrenceParts(rule);
      const until = rulePeriod(schedule, rule).until;
      repeating = {
        freq: parts.freq === 'WEEKLY' ? ICalEventRepeatingFreq.WEEKLY : ICalEventRepeatingFreq.MONTHLY,
        byDay: parts.byDay.map((d) => ICalWeekday[d]),
        ...(parts.interval > 1 ? { interval: parts.interval } : {}),
        ...(parts.bySetPos ? { bySetPos: parts.bySetPos } : {}),
        ...(until ? { until: untilInstant(until) } : {}),
        ...(exclude.length > 0 ? { exclude: [...exclude] } : {}),
      };
    }
    const ruleAsk = rule.repeat === 'einmalig' ? ask.filter((a) => a.start.equals(start)) : [];
    calendar.createEvent({
      ...common,
      start,
      end: atTime(start.toPlainDate(), rule.end),
      summary: calendarText(ruleAsk.length > 0 ? askSummary(offer.title, ruleAsk[0]!.holiday, lang) : offer.title),
      description: describe([offer.summary, ...describeCalendarFacts(schedule, rule, today, lang)], url),
      ...(ruleAsk.length > 0 ? { status: ICalEventStatus.TENTATIVE } : {}),
      ...(repeating ? { repeating } : {}),
    });
    if (rule.repeat === 'einmalig') return;
    // An instance on a holiday whose fate is unknown: the same date, marked, so the family asks first.
    for (const { start: on, holiday } of ask) {
      calendar.createEvent({
        ...common,
        recurrenceId: on,
        start: on,
        end: atTime(on.toPlainDate(), rule.end),
        summary: calendarText(askSummary(offer.title, holiday, lang)),
        description: describe([t(lang, 'calendar.holidayAsk', { holiday: holidayName(holiday, lang) }), offer.summary], url),
        status: ICalEventStatus.TENTATIVE,
      });
    }
  });
}

function askSummary(title: string, holiday: HolidayId, lang: LanguageCode): string {
  return t(lang, 'calendar.holidaySummary', { title, holiday: holidayName(holiday, lang) });
}

function addEvent(calendar: ICalCalendar, item: EventCalendarItem, stamp: Temporal.Instant, domain: string, lang: LanguageCode): void {
  const { event, id, url, place } = item;
  const where = locationText(place);
  calendar.createEvent({
    id: eventUid(id, domain),
    stamp,
    start: localToZoned(event.start),
    end: localToZoned(event.end),
    timezone: TIME_ZONE,
    summary: calendarText(`${statusPrefix(event.status, lang)}${event.title}`),
    description: describe([event.summary], url),
    url,
    status: EVENT_STATUS[event.status],
    ...(where ? { location: calendarText(where) } : {}),
  });
}

/** The .ics text for one regular offer: one VEVENT per schedule rule. */
export function offerCalendar(offer: Offer, context: CalendarContext, options: CalendarOptions = {}): string {
  const source = options.source ?? UNNAMED_SOURCE;
  const calendar = newCalendar(`${offer.title} – ${source.name}`, source, context.url);
  const at = options.now ?? now();
  addOffer(calendar, { offer, ...context }, stampOf(options), localDay(at), options.holidays ?? holidaysFor(), source.uidDomain, options.lang ?? 'de');
  return calendar.toString();
}

/** The .ics text for one dated event. */
export function eventCalendar(event: Event, context: CalendarContext, options: CalendarOptions = {}): string {
  const source = options.source ?? UNNAMED_SOURCE;
  const calendar = newCalendar(`${event.title} – ${source.name}`, source, context.url);
  addEvent(calendar, { event, ...context }, stampOf(options), source.uidDomain, options.lang ?? 'de');
  return calendar.toString();
}

/** One feed with every offer and event (for the webcal: link). Order follows the input. */
export function feedCalendar(
  all: { offers?: OfferCalendarItem[]; events?: EventCalendarItem[] },
  options: FeedOptions = {},
): string {
  const source = options.source ?? UNNAMED_SOURCE;
  const calendar = newCalendar(options.name ?? `Termine – ${source.name}`, source, options.url);
  const stamp = stampOf(options);
  const today = localDay(options.now ?? now());
  const holidays = options.holidays ?? holidaysFor();
  const lang = options.lang ?? 'de';
  for (const item of all.offers ?? []) addOffer(calendar, item, stamp, today, holidays, source.uidDomain, lang);
  for (const item of all.events ?? []) addEvent(calendar, item, stamp, source.uidDomain, lang);
  return calendar.toString();
}
