// When does a regular offer take place? Turns the editor's schedule (wall-clock times in local
// time, Europe/Berlin) into concrete occurrences. The wording for families is text/schedule.ts.
//
// Recurrence is RFC 5545 evaluated by rrule-temporal on Temporal.ZonedDateTime in Europe/Berlin,
// so a Thursday 15:00 slot stays 15:00 local across the clock changes and the machine's TZ never
// matters. The same rule parts feed the iCalendar export (ical.ts), so pages and calendar files
// cannot disagree.
//
// Each rule has its own period (its validFrom/validUntil within the schedule's), so a planned
// change of times is two rules. Closed periods drop a date; a public holiday (or 24/31 December)
// drops it, keeps it, or keeps it marked "ask first", as the schedule's onPublicHolidays says.
//
// Clock changes: the schema refuses a rule or date whose local time does not exist on a day it
// meets (02:30 on the spring-forward Sunday), so every output resolves the same times. A time that
// exists twice (02:30 on the autumn Sunday) is the first, summer-time one, as RFC 5545 says.
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import type { ClosedPeriod, RepeatingRule, Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { type HolidayId, type HolidayLookup, holidaysFor } from './holidays.ts';
import { type IcsWeekday, inWeekOrder, weekday } from './weekdays.ts';
import { TIME_ZONE, toZoned, zonedIso, zonedToDate } from './zone.ts';

export type { RepeatingRule } from '../../schemas/schedule.ts';

export interface Occurrence {
  start: Date;
  end: Date;
  /** Local time with offset, e.g. "2026-03-26T15:00:00+01:00". */
  startIso: string;
  endIso: string;
  /** On a holiday when the schedule does not say whether it takes place: the holiday. */
  holiday?: HolidayId;
}

export interface ScheduleOptions {
  /** Public holidays; defaults to those of the default state (holidays.ts). */
  holidays?: HolidayLookup;
}

/** The RRULE parts of a repeating rule, shared by the evaluator here and the .ics writer. */
export interface RecurrenceParts {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: IcsWeekday[];
  /** Monthly "2nd Monday" = BYDAY=MO;BYSETPOS=2: one weekday per rule, so BYSETPOS picks its n-th. */
  bySetPos?: number[];
}

export function recurrenceParts(rule: RepeatingRule): RecurrenceParts {
  if (rule.repeat === 'wöchentlich') {
    return { freq: 'WEEKLY', interval: rule.interval, byDay: inWeekOrder(rule.weekdays).map((d) => weekday(d).ics) };
  }
  return { freq: 'MONTHLY', interval: 1, byDay: [weekday(rule.weekday).ics], bySetPos: sortPositions(rule.positions) };
}

/** First and last day a rule applies: its own period within the schedule's (either end may be open). */
export interface Period {
  from?: string | undefined;
  until?: string | undefined;
}

export function rulePeriod(schedule: Pick<Schedule, 'validFrom' | 'validUntil'>, rule: ScheduleRule): Period {
  if (rule.repeat === 'einmalig') return { from: rule.date, until: rule.date };
  const from = [schedule.validFrom, rule.validFrom].filter((d): d is string => !!d).sort().at(-1);
  const until = [schedule.validUntil, rule.validUntil].filter((d): d is string => !!d).sort()[0];
  return { from, until };
}

function inPeriod(period: Period, day: string): boolean {
  return (!period.from || day >= period.from) && (!period.until || day <= period.until);
}

/** Last instant of the last valid day: RFC 5545 UNTIL is inclusive and, with a TZID start, in UTC. */
export function untilInstant(validUntil: string): Temporal.ZonedDateTime {
  return Temporal.PlainDate.from(validUntil)
    .add({ days: 1 })
    .toZonedDateTime({ timeZone: TIME_ZONE })
    .subtract({ seconds: 1 })
    .withTimeZone('UTC');
}

function startOfDay(day: Temporal.PlainDate): Temporal.ZonedDateTime {
  return day.toZonedDateTime({ timeZone: TIME_ZONE });
}

/** A wall-clock time on a local day. The schema refuses times that do not exist on a day a rule meets. */
export function atTime(day: Temporal.PlainDate, time: string): Temporal.ZonedDateTime {
  return day.toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from(time) });
}

function recurrence(rule: RepeatingRule, anchorDay: Temporal.PlainDate, until: string | undefined): RRuleTemporal {
  const parts = recurrenceParts(rule);
  return new RRuleTemporal({
    freq: parts.freq,
    interval: parts.interval,
    byDay: parts.byDay,
    ...(parts.bySetPos ? { bySetPos: parts.bySetPos } : {}),
    wkst: 'MO',
    tzid: TIME_ZONE,
    dtstart: atTime(anchorDay, rule.start),
    ...(until ? { until: untilInstant(until) } : {}),
    temporal: Temporal,
  });
}

function makeOccurrence(start: Temporal.ZonedDateTime, endTime: string, holiday?: HolidayId): Occurrence {
  const end = atTime(start.toPlainDate(), endTime);
  return {
    start: zonedToDate(start),
    end: zonedToDate(end),
    startIso: zonedIso(start),
    endIso: zonedIso(end),
    ...(holiday ? { holiday } : {}),
  };
}

/** First and last closed day of a period ("to" left out = one day). */
export function closedRange(period: ClosedPeriod): [string, string] {
  return [period.from, period.to ?? period.from];
}

/** Is this local calendar day ("2026-12-24") inside one of the closed periods? ISO day strings compare as dates. */
export function isClosedDay(schedule: Pick<Schedule, 'closed'>, day: string): boolean {
  return (schedule.closed ?? []).some((p) => {
    const [from, to] = closedRange(p);
    return day >= from && day <= to;
  });
}

/** What a day means for the schedule's dates: they take place, they do not, or ask first (a holiday). */
export type DayStatus = { kind: 'open' } | { kind: 'closed' } | { kind: 'ask'; holiday: HolidayId };

export function dayStatus(schedule: Pick<Schedule, 'closed' | 'onPublicHolidays'>, day: string, holidays: HolidayLookup = holidaysFor()): DayStatus {
  if (isClosedDay(schedule, day)) return { kind: 'closed' };
  const holiday = holidays(day);
  if (!holiday) return { kind: 'open' };
  switch (schedule.onPublicHolidays ?? 'unbekannt') {
    case 'findet statt':
      return { kind: 'open' };
    case 'fällt aus':
      return { kind: 'closed' };
    default:
      return { kind: 'ask', holiday };
  }
}

/**
 * Starts of one rule whose local calendar day lies in [firstDay, lastDay], within the rule's period.
 * Closed days and holidays are NOT applied here: the .ics writer needs those starts for EXDATE.
 */
export function ruleStartsOnDays(
  schedule: Schedule,
  rule: ScheduleRule,
  firstDay: Temporal.PlainDate,
  lastDay: Temporal.PlainDate,
): Temporal.ZonedDateTime[] {
  const period = rulePeriod(schedule, rule);
  const first = firstDay.toString();
  const last = lastDay.toString();
  if ((period.until && period.until < first) || (period.from && period.from > last)) return [];
  let starts: Temporal.ZonedDateTime[];
  if (rule.repeat === 'einmalig') {
    starts = [atTime(Temporal.PlainDate.from(rule.date), rule.start)];
  } else {
    // Every n weeks counts from the week of the period's first day; without one, any anchor before
    // the window gives the same dates (interval 1, or monthly), and a near one keeps the expansion short.
    const anchor = period.from ? Temporal.PlainDate.from(period.from) : firstDay.with({ day: 1 });
    const rr = recurrence(rule, anchor, period.until);
    starts = rr.between(zonedToDate(startOfDay(firstDay)), zonedToDate(startOfDay(lastDay.add({ days: 1 }))), true);
  }
  return starts.filter((s) => {
    const day = s.toPlainDate().toString();
    return day >= first && day <= last && inPeriod(period, day);
  });
}

/** Occurrences with the same start and end (two rules naming one slot) once, sorted by start, then end. */
function uniqueSorted(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  const result: Occurrence[] = [];
  for (const occurrence of occurrences) {
    const key = `${occurrence.startIso}/${occurrence.endIso}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(occurrence);
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}

/** The occurrences of one rule on [firstDay, lastDay] that take place (or may: holidays), in time order. */
function* ruleOccurrences(
  schedule: Schedule,
  rule: ScheduleRule,
  firstDay: Temporal.PlainDate,
  lastDay: Temporal.PlainDate,
  holidays: HolidayLookup,
): Generator<Occurrence> {
  for (const start of ruleStartsOnDays(schedule, rule, firstDay, lastDay)) {
    const status = dayStatus(schedule, start.toPlainDate().toString(), holidays);
    if (status.kind === 'closed') continue;
    yield makeOccurrence(start, rule.end, status.kind === 'ask' ? status.holiday : undefined);
  }
}

/** Days looked at first; the full horizon only when a rule has fewer than `limit` dates in them. */
const NEAR_DAYS = 63;

export interface NextOptions extends ScheduleOptions {
  /** How many days ahead to look at most (default 400). */
  horizonDays?: number;
}

/**
 * The next `limit` occurrences that have not ended at `from` (one running now counts), sorted,
 * looking at most `horizonDays` days ahead.
 *
 * Pages ask this for every offer, several times per build, so it avoids the full expansion:
 * the overall first `limit` are among the first `limit` of each rule (a later date of a rule
 * has `limit` earlier ones of the same rule before it), and a rule's first `limit` dates in
 * the next weeks are its first `limit` in the whole horizon. The result is the same as
 * expanding every rule over the whole horizon (tests/unit/schedule-next.test.ts).
 */
export function nextOccurrences(schedule: Schedule, from: Date, limit: number, options: NextOptions = {}): Occurrence[] {
  if (limit <= 0) return [];
  const horizonDays = options.horizonDays ?? 400;
  const holidays = options.holidays ?? holidaysFor();
  // An occurrence starts and ends on the same local day, so one still running began today.
  const today = toZoned(from).toPlainDate();
  const lastDay = today.add({ days: horizonDays });
  const near = today.add({ days: Math.min(NEAR_DAYS, horizonDays) });
  const fromMs = from.getTime();
  const firstOfRule = (rule: ScheduleRule, until: Temporal.PlainDate): Occurrence[] => {
    // A rule's occurrences come in time order and all end at the same time of day, so
    // "not ended yet" holds from some occurrence onwards.
    const found: Occurrence[] = [];
    for (const occurrence of ruleOccurrences(schedule, rule, today, until, holidays)) {
      if (occurrence.end.getTime() <= fromMs) continue;
      found.push(occurrence);
      if (found.length === limit) break;
    }
    return found;
  };
  const candidates: Occurrence[] = [];
  for (const rule of schedule.rules ?? []) {
    let found = firstOfRule(rule, near);
    if (found.length < limit && Temporal.PlainDate.compare(near, lastDay) < 0) found = firstOfRule(rule, lastDay);
    candidates.push(...found);
  }
  return uniqueSorted(candidates).slice(0, limit);
}

/** Occurrences overlapping [from, to): started before `to` and not ended at `from` (the week view). */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date, options: ScheduleOptions = {}): Occurrence[] {
  if (to.getTime() <= from.getTime()) return [];
  const holidays = options.holidays ?? holidaysFor();
  const all: Occurrence[] = [];
  for (const rule of schedule.rules ?? []) {
    all.push(...ruleOccurrences(schedule, rule, toZoned(from).toPlainDate(), toZoned(to).toPlainDate(), holidays));
  }
  return uniqueSorted(all).filter((o) => o.end.getTime() > from.getTime() && o.start.getTime() < to.getTime());
}

/** "Last" (-1) sorts last: "am 1. und letzten Montag". */
export function sortPositions(positions: readonly number[]): number[] {
  return [...new Set(positions)].sort((a, b) => (a < 0 ? 10 : a) - (b < 0 ? 10 : b));
}
