// When does a regular offer take place? Turns the editor's schedule (wall-clock times in local
// time, Europe/Berlin) into concrete occurrences. The wording for families is text/schedule.ts.
//
// Recurrence is RFC 5545 evaluated by rrule-temporal on Temporal.ZonedDateTime in Europe/Berlin,
// so a Thursday 15:00 slot stays 15:00 local across the clock changes and the machine's TZ never
// matters. The same rule parts feed the iCalendar export (ical.ts), so pages and calendar files
// cannot disagree.
//
// Clock changes, deliberately as RFC 5545 says: a regular slot whose local time does not exist
// (02:30 on the spring-forward Sunday) is skipped that day (3.3.10), exactly as calendar apps do
// with the exported RRULE; a time that exists twice (02:30 on the autumn Sunday) is the first,
// summer-time one. Single dates and event times follow localToZoned (zone.ts).
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import type { ClosedPeriod, Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { type IcsWeekday, inWeekOrder, weekday } from './weekdays.ts';
import { TIME_ZONE, toZoned, zonedIso, zonedToDate } from './zone.ts';

export interface Occurrence {
  start: Date;
  end: Date;
  /** Local time with offset, e.g. "2026-03-26T15:00:00+01:00". */
  startIso: string;
  endIso: string;
}

/** The RRULE parts of a repeating rule, shared by the evaluator here and the .ics writer. */
export interface RecurrenceParts {
  freq: 'WEEKLY' | 'MONTHLY';
  interval: number;
  byDay: IcsWeekday[];
  /** Monthly "2nd Monday" = BYDAY=MO;BYSETPOS=2: one weekday per rule, so BYSETPOS picks its n-th. */
  bySetPos?: number[];
}

export type RepeatingRule = Exclude<ScheduleRule, { repeat: 'einmalig' }>;

export function recurrenceParts(rule: RepeatingRule): RecurrenceParts {
  if (rule.repeat === 'wöchentlich') {
    return { freq: 'WEEKLY', interval: rule.interval, byDay: inWeekOrder(rule.weekdays).map((d) => weekday(d).ics) };
  }
  return { freq: 'MONTHLY', interval: 1, byDay: [weekday(rule.weekday).ics], bySetPos: sortPositions(rule.positions) };
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

function atTime(day: Temporal.PlainDate, time: string): Temporal.ZonedDateTime {
  // "compatible": a time inside the spring gap moves forward, a doubled autumn time takes the
  // first (summer-time) instant, as RFC 5545 3.3.5 specifies (see localDateTimeToDate).
  return day.toZonedDateTime({ timeZone: TIME_ZONE, plainTime: Temporal.PlainTime.from(time) });
}

function recurrence(rule: RepeatingRule, anchorDay: Temporal.PlainDate, validUntil: string | undefined): RRuleTemporal {
  const parts = recurrenceParts(rule);
  return new RRuleTemporal({
    freq: parts.freq,
    interval: parts.interval,
    byDay: parts.byDay,
    ...(parts.bySetPos ? { bySetPos: parts.bySetPos } : {}),
    wkst: 'MO',
    tzid: TIME_ZONE,
    dtstart: atTime(anchorDay, rule.start),
    ...(validUntil ? { until: untilInstant(validUntil) } : {}),
    temporal: Temporal,
  });
}

function makeOccurrence(start: Temporal.ZonedDateTime, endTime: string): Occurrence {
  const end = atTime(start.toPlainDate(), endTime);
  return { start: zonedToDate(start), end: zonedToDate(end), startIso: zonedIso(start), endIso: zonedIso(end) };
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

function withinValidity(schedule: Schedule, day: string): boolean {
  return (!schedule.validFrom || day >= schedule.validFrom) && (!schedule.validUntil || day <= schedule.validUntil);
}

/**
 * Starts of one rule whose local calendar day lies in [firstDay, lastDay], within validFrom/validUntil.
 * Closed periods are NOT applied here: the .ics writer needs those starts for EXDATE.
 */
export function ruleStartsOnDays(
  schedule: Schedule,
  rule: ScheduleRule,
  firstDay: Temporal.PlainDate,
  lastDay: Temporal.PlainDate,
): Temporal.ZonedDateTime[] {
  let starts: Temporal.ZonedDateTime[];
  if (rule.repeat === 'einmalig') {
    starts = [atTime(Temporal.PlainDate.from(rule.date), rule.start)];
  } else {
    // Every n weeks counts from validFrom's week; without validFrom any anchor before the window
    // gives the same dates (interval 1, or monthly), and a near one keeps the expansion short.
    const anchor = schedule.validFrom
      ? Temporal.PlainDate.from(schedule.validFrom)
      : firstDay.with({ day: 1 });
    const rr = recurrence(rule, anchor, schedule.validUntil);
    starts = rr.between(zonedToDate(startOfDay(firstDay)), zonedToDate(startOfDay(lastDay.add({ days: 1 }))), true);
  }
  const first = firstDay.toString();
  const last = lastDay.toString();
  return starts.filter((s) => {
    const day = s.toPlainDate().toString();
    return day >= first && day <= last && withinValidity(schedule, day);
  });
}

/** Occurrences with the same start and end (two rules naming one slot) once, sorted by start, then end. */
function uniqueSorted(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  const result: Occurrence[] = [];
  for (const occurrence of occurrences) {
    // Two rules naming the same slot (e.g. overlapping weekly and single date) show once.
    const key = `${occurrence.startIso}/${occurrence.endIso}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(occurrence);
  }
  return result.sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime());
}

/** All occurrences of all rules on local days [firstDay, lastDay], closed days removed, sorted. */
function occurrencesOnDays(schedule: Schedule, firstDay: Temporal.PlainDate, lastDay: Temporal.PlainDate): Occurrence[] {
  const all: Occurrence[] = [];
  for (const rule of schedule.rules ?? []) {
    for (const start of ruleStartsOnDays(schedule, rule, firstDay, lastDay)) {
      if (isClosedDay(schedule, start.toPlainDate().toString())) continue;
      all.push(makeOccurrence(start, rule.end));
    }
  }
  return uniqueSorted(all);
}

/** The first `limit` occurrences of one rule on [firstDay, lastDay] that have not ended at `fromMs`, in time order. */
function firstOfRule(
  schedule: Schedule,
  rule: ScheduleRule,
  firstDay: Temporal.PlainDate,
  lastDay: Temporal.PlainDate,
  fromMs: number,
  limit: number,
): Occurrence[] {
  const result: Occurrence[] = [];
  // A rule's starts come in time order (RRULE expansion is chronological), and all its
  // occurrences have the same end time, so "not ended yet" holds from some start onwards.
  for (const start of ruleStartsOnDays(schedule, rule, firstDay, lastDay)) {
    if (isClosedDay(schedule, start.toPlainDate().toString())) continue;
    const occurrence = makeOccurrence(start, rule.end);
    if (occurrence.end.getTime() <= fromMs) continue;
    result.push(occurrence);
    if (result.length === limit) break;
  }
  return result;
}

/** Days looked at first; the full horizon only when a rule has fewer than `limit` dates in them. */
const NEAR_DAYS = 63;

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
export function nextOccurrences(schedule: Schedule, from: Date, limit: number, horizonDays = 400): Occurrence[] {
  if (limit <= 0) return [];
  // An occurrence starts and ends on the same local day, so one still running began today.
  const today = toZoned(from).toPlainDate();
  const lastDay = today.add({ days: horizonDays });
  const near = today.add({ days: Math.min(NEAR_DAYS, horizonDays) });
  const fromMs = from.getTime();
  const candidates: Occurrence[] = [];
  for (const rule of schedule.rules ?? []) {
    let found = firstOfRule(schedule, rule, today, near, fromMs, limit);
    if (found.length < limit && Temporal.PlainDate.compare(near, lastDay) < 0) {
      found = firstOfRule(schedule, rule, today, lastDay, fromMs, limit);
    }
    candidates.push(...found);
  }
  return uniqueSorted(candidates).slice(0, limit);
}

/** Occurrences overlapping [from, to): started before `to` and not ended at `from` ("Diese Woche"). */
export function occurrencesBetween(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  if (to.getTime() <= from.getTime()) return [];
  return occurrencesOnDays(schedule, toZoned(from).toPlainDate(), toZoned(to).toPlainDate()).filter(
    (o) => o.end.getTime() > from.getTime() && o.start.getTime() < to.getTime(),
  );
}

/** "Last" (-1) sorts last: "am 1. und letzten Montag". */
export function sortPositions(positions: readonly number[]): number[] {
  return [...new Set(positions)].sort((a, b) => (a < 0 ? 10 : a) - (b < 0 ? 10 : b));
}
