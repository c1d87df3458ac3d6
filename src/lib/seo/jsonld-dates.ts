// schema.org structured data for dates: Event for dated events, OpeningHoursSpecification for
// the hours of regular offers (which are Services, not events). Data in, plain objects out; the
// page serialises them into <script type="application/ld+json">.
import { Temporal } from 'temporal-polyfill';
import type { Event } from '../../schemas/event.ts';
import type { PublicPlace } from '../content/places.ts';
import type { Schedule } from '../../schemas/schedule.ts';
import { holidaysBetween, holidaysFor, type HolidayLookup } from '../dates/holidays.ts';
import { dayStatus, isClosedDay, nextOccurrences, rulePeriod, ruleStartsOnDays } from '../dates/schedule.ts';
import { inWeekOrder, weekday, weekdayByIso } from '../dates/weekdays.ts';
import { localDateTimeToDate, localDay, toIsoWithOffset, toZoned } from '../dates/zone.ts';
import { postalAddress } from './structured-data.ts';

const SCHEMA = 'https://schema.org';

export type JsonLd = Record<string, unknown>;

const EVENT_STATUS: Record<Event['status'], string> = {
  geplant: `${SCHEMA}/EventScheduled`,
  abgesagt: `${SCHEMA}/EventCancelled`,
  // The schema has no field for a new date, so "verschoben" means: moved, new date not yet known.
  verschoben: `${SCHEMA}/EventPostponed`,
};


export interface OrganiserRef {
  name: string;
  /** The partner's website, or its page on this site. */
  url?: string | undefined;
}

/** Place with PostalAddress: what may be published of it (a protected place: town and public name). */
export function placeJsonLd(place: PublicPlace): JsonLd {
  return {
    '@type': 'Place',
    ...(place.name ? { name: place.name } : {}),
    address: postalAddress(place),
  };
}

function organisation(ref: OrganiserRef): JsonLd {
  return { '@type': 'Organization', name: ref.name, ...(ref.url ? { url: ref.url } : {}) };
}

/** schema.org Event for a dated event; times carry their Berlin offset. */
export function eventJsonLd(
  event: Event,
  context: { url: string; place?: PublicPlace | undefined; organisers: readonly OrganiserRef[]; /** Language of the page (BCP 47). */ inLanguage: string },
): JsonLd {
  const organisers = context.organisers.map(organisation);
  return {
    '@context': SCHEMA,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url: context.url,
    startDate: toIsoWithOffset(localDateTimeToDate(event.start)),
    endDate: toIsoWithOffset(localDateTimeToDate(event.end)),
    eventStatus: EVENT_STATUS[event.status],
    eventAttendanceMode: `${SCHEMA}/OfflineEventAttendanceMode`,
    // No location is better than a guessed one.
    ...(context.place ? { location: placeJsonLd(context.place) } : {}),
    ...(organisers.length === 1 ? { organizer: organisers[0] } : organisers.length > 1 ? { organizer: organisers } : {}),
    ...(event.cost.type === 'kostenlos' ? { isAccessibleForFree: true } : {}),
    inLanguage: context.inLanguage,
  };
}

function spec(fields: JsonLd): JsonLd {
  return { '@type': 'OpeningHoursSpecification', ...fields };
}

function datedSpec(start: Date, end: Date): JsonLd {
  const day = toZoned(start);
  const date = day.toPlainDate().toString();
  return spec({
    dayOfWeek: weekdayByIso(day.dayOfWeek).schemaOrg,
    opens: hhmm(day),
    closes: hhmm(toZoned(end)),
    validFrom: date,
    validThrough: date,
  });
}

function hhmm(z: Temporal.ZonedDateTime): string {
  return z.toPlainTime().toString({ smallestUnit: 'minute' });
}

export interface OpeningHoursOptions {
  /**
   * When given, rules that a weekly pattern cannot express (every n weeks, monthly) are listed
   * as their next `limit` dates, and rules, closed periods and holidays already over are left out.
   */
  from?: Date;
  limit?: number;
  holidays?: HolidayLookup;
}

/**
 * hoursAvailable of an offer's Service. A weekly rule becomes dayOfWeek + opens/closes, with its
 * own period as validFrom/validThrough (a planned change of times is two specifications); single
 * dates become one-day specifications; closed periods, and with `from` the holidays of the next
 * year on which the offer does not take place, become opens = closes = "00:00" for their days
 * (schema.org's way to say "closed"). "Every second week" and "2nd Monday" have no
 * OpeningHoursSpecification form: without `from` they are left out rather than claimed weekly.
 */
export function openingHoursSpecification(schedule: Schedule, options: OpeningHoursOptions = {}): JsonLd[] {
  const today = options.from ? localDay(options.from) : undefined;
  const holidays = options.holidays ?? holidaysFor();
  const result: JsonLd[] = [];
  for (const rule of schedule.rules ?? []) {
    const period = rulePeriod(schedule, rule);
    if (today && period.until && period.until < today) continue;
    if (rule.repeat === 'wöchentlich' && rule.interval === 1) {
      const days = inWeekOrder(rule.weekdays).map((d) => weekday(d).schemaOrg);
      const validity = {
        ...(period.from ? { validFrom: period.from } : {}),
        ...(period.until ? { validThrough: period.until } : {}),
      };
      result.push(spec({ dayOfWeek: days.length === 1 ? days[0] : days, opens: rule.start, closes: rule.end, ...validity }));
    } else if (options.from) {
      const next = nextOccurrences({ ...schedule, rules: [rule] }, options.from, options.limit ?? 6, { holidays });
      result.push(...next.map((o) => datedSpec(o.start, o.end)));
    } else if (rule.repeat === 'einmalig') {
      if (dayStatus(schedule, rule.date, holidays).kind !== 'closed') {
        const day = Temporal.PlainDate.from(rule.date);
        result.push(spec({ dayOfWeek: weekdayByIso(day.dayOfWeek).schemaOrg, opens: rule.start, closes: rule.end, validFrom: rule.date, validThrough: rule.date }));
      }
    }
  }
  if (result.length === 0) return result; // nothing open, so nothing to close
  for (const period of schedule.closed ?? []) {
    const to = period.to ?? period.from;
    if (today && to < today) continue;
    result.push(spec({ opens: '00:00', closes: '00:00', validFrom: period.from, validThrough: to }));
  }
  if (today && schedule.onPublicHolidays === 'fällt aus') {
    const first = Temporal.PlainDate.from(today);
    for (const { day } of holidaysBetween(today, first.add({ days: 365 }).toString())) {
      const meets = (schedule.rules ?? []).some((rule) => ruleStartsOnDays(schedule, rule, Temporal.PlainDate.from(day), Temporal.PlainDate.from(day)).length > 0);
      if (meets && !isClosedDay(schedule, day)) result.push(spec({ opens: '00:00', closes: '00:00', validFrom: day, validThrough: day }));
    }
  }
  return result;
}
