// The schedule of an offer in plain words, in the page's language, e.g. "jeden Donnerstag,
// 15:00–17:00 Uhr", "every Thursday, 15:00–17:00" and "geschlossen vom 22. Dezember 2025 bis
// 7. Januar 2026 (Weihnachtspause)". Every phrase comes from the interface texts (src/i18n/),
// weekday and month names from Intl for the language's locale.
import { localeOf, t as translate, type LanguageCode, type MessageKey, type Params } from '../../i18n/index.ts';
import type { ClosedPeriod, Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { formatClockTimeRange, formatLocalDate, formatLocalDateLong } from '../dates/format.ts';
import { closedRange, rulePeriod, sortPositions } from '../dates/schedule.ts';
import { inWeekOrder, weekday, type Weekday } from '../dates/weekdays.ts';
import { weekdayName } from '../dates/format.ts';
import { localDay } from '../dates/zone.ts';

const lists = new Map<LanguageCode, Intl.ListFormat>();

/** "Montag und Donnerstag", "Monday and Thursday" */
export function listText(items: string[], lang: LanguageCode): string {
  let list = lists.get(lang);
  if (!list) {
    list = new Intl.ListFormat(localeOf(lang), { style: 'long', type: 'conjunction' });
    lists.set(lang, list);
  }
  return list.format(items);
}

/** A weekday as editors write it ("Donnerstag") in a language ("Thursday"). */
export function weekdayText(day: Weekday, lang: LanguageCode): string {
  return weekdayName(weekday(day).iso, lang);
}

/** Days in week order, named in a language and joined: "Monday and Thursday". */
export function weekdaysText(days: Iterable<Weekday>, lang: LanguageCode): string {
  return listText(inWeekOrder(days).map((day) => weekdayText(day, lang)), lang);
}

/** "jeden zweiten …" exists for these intervals; others read "alle n Wochen". */
const NTH_KEYS = { 2: 'schedule.nth.2', 3: 'schedule.nth.3', 4: 'schedule.nth.4' } as const;
const COUNT_KEYS = {
  2: 'schedule.count.2',
  3: 'schedule.count.3',
  4: 'schedule.count.4',
  5: 'schedule.count.5',
  6: 'schedule.count.6',
  7: 'schedule.count.7',
  8: 'schedule.count.8',
} as const;

function position(p: number, lang: LanguageCode): string {
  return p === -1 ? translate(lang, 'schedule.position.last') : translate(lang, 'schedule.position', { n: p });
}

function describeRule(rule: ScheduleRule, lang: LanguageCode): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const times = formatClockTimeRange(rule.start, rule.end, lang);
  if (rule.repeat === 'einmalig') return t('schedule.single', { date: formatLocalDateLong(rule.date, lang), times });
  if (rule.repeat === 'monatlich') {
    const positions = sortPositions(rule.positions);
    if (positions.length === 1 && positions[0] === -1) return t('schedule.monthlyLast', { weekday: weekdayText(rule.weekday, lang), times });
    return t('schedule.monthly', { positions: listText(positions.map((p) => position(p, lang)), lang), weekday: weekdayText(rule.weekday, lang), times });
  }
  const days = weekdaysText(rule.weekdays, lang);
  if (rule.interval === 1) return t('schedule.weekly', { days, times });
  const nth = NTH_KEYS[rule.interval as keyof typeof NTH_KEYS];
  if (rule.weekdays.length === 1 && nth) return t('schedule.weeklyNth', { nth: t(nth), days, times });
  const count = COUNT_KEYS[rule.interval as keyof typeof COUNT_KEYS];
  return t('schedule.everyWeeks', { count: count ? t(count) : rule.interval, days, times });
}

function describeClosed(period: ClosedPeriod, lang: LanguageCode): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const [from, to] = closedRange(period);
  const reason = period.reason ? t('schedule.reason', { reason: period.reason }) : '';
  if (from === to) return t('schedule.closedDay', { date: formatLocalDate(from, lang), reason });
  return t('schedule.closedPeriod', { from: formatLocalDate(from, lang), to: formatLocalDate(to, lang), reason });
}

function validity(schedule: Pick<Schedule, 'validFrom' | 'validUntil'>, today: string | undefined, lang: LanguageCode): string | undefined {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const from = schedule.validFrom && !(today && schedule.validFrom <= today) ? schedule.validFrom : undefined;
  const until = schedule.validUntil;
  if (from && until) return t('schedule.validFromUntil', { from: formatLocalDate(from, lang), until: formatLocalDate(until, lang) });
  if (from) return t('schedule.validFrom', { from: formatLocalDate(from, lang) });
  if (until) return t('schedule.validUntil', { until: formatLocalDate(until, lang) });
  return undefined;
}

/** A rule with its own period, as the page shows it: "ab 7. Januar 2027: jeden Donnerstag, …". */
function describeRuleInPeriod(rule: ScheduleRule, today: string | undefined, lang: LanguageCode): string {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const text = describeRule(rule, lang);
  if (rule.repeat === 'einmalig') return text;
  const from = rule.validFrom && !(today && rule.validFrom <= today) ? rule.validFrom : undefined;
  const until = rule.validUntil;
  if (from && until) return t('schedule.ruleFromUntil', { from: formatLocalDate(from, lang), until: formatLocalDate(until, lang), rule: text });
  if (from) return t('schedule.ruleFrom', { from: formatLocalDate(from, lang), rule: text });
  if (until) return t('schedule.ruleUntil', { until: formatLocalDate(until, lang), rule: text });
  return text;
}

/** The line about public holidays (and 24/31 December) for a schedule with dates. */
export function holidayLine(schedule: Pick<Schedule, 'onPublicHolidays' | 'rules'>, lang: LanguageCode): string | undefined {
  if ((schedule.rules ?? []).length === 0) return undefined;
  return translate(lang, HOLIDAY_KEYS[schedule.onPublicHolidays ?? 'unbekannt']);
}

const HOLIDAY_KEYS = {
  'findet statt': 'schedule.holidays.open',
  'fällt aus': 'schedule.holidays.closed',
  unbekannt: 'schedule.holidays.ask',
} as const;

export interface DescribeOptions {
  /** When given, rules and closed periods that are over and a validFrom already reached are left out. */
  from?: Date;
  /** The language of the page. */
  lang: LanguageCode;
}

/** Rules still to come or running, in page order: repeating ones by start of period, then single dates by date. */
function rulesInOrder(schedule: Schedule, today: string | undefined): ScheduleRule[] {
  return [...(schedule.rules ?? [])]
    .filter((rule) => !today || (rulePeriod(schedule, rule).until ?? today) >= today)
    .sort((a, b) => {
      if (a.repeat === 'einmalig' && b.repeat === 'einmalig') return a.date.localeCompare(b.date) || a.start.localeCompare(b.start);
      if (a.repeat === 'einmalig' || b.repeat === 'einmalig') return Number(a.repeat === 'einmalig') - Number(b.repeat === 'einmalig');
      return (a.validFrom ?? '').localeCompare(b.validFrom ?? '');
    });
}

function closedLines(schedule: Schedule, today: string | undefined, lang: LanguageCode): string[] {
  return [...(schedule.closed ?? [])]
    .filter((period) => !today || closedRange(period)[1] >= today)
    .sort((a, b) => a.from.localeCompare(b.from))
    .map((period) => describeClosed(period, lang));
}

/**
 * The schedule as lines, in this order: rules (a planned change as "bis …" and "ab …"; single
 * dates by date), "nach Vereinbarung", validity, holidays, closed periods, note.
 */
export function describeSchedule(schedule: Schedule, options: DescribeOptions): string[] {
  const { lang } = options;
  const today = options.from ? localDay(options.from) : undefined;
  const lines = rulesInOrder(schedule, today).map((rule) => describeRuleInPeriod(rule, today, lang));
  if (schedule.byAppointment) lines.push(translate(lang, 'schedule.byAppointment', { text: schedule.byAppointment }));
  const valid = validity(schedule, today, lang);
  if (valid) lines.push(valid);
  const holidays = holidayLine(schedule, lang);
  if (holidays) lines.push(holidays);
  lines.push(...closedLines(schedule, today, lang));
  if (schedule.note) lines.push(schedule.note);
  return lines;
}

/**
 * What a calendar file says about one rule's dates besides the RRULE, as sentences: since when and
 * until when it applies, the closed days still to come, holidays, the note.
 */
export function describeCalendarFacts(schedule: Schedule, rule: ScheduleRule, today: string, lang: LanguageCode): string[] {
  const t = (key: MessageKey, params?: Params) => translate(lang, key, params);
  const lines: string[] = [];
  if (rule.repeat !== 'einmalig') {
    const period = rulePeriod(schedule, rule);
    if (period.from && period.until) lines.push(t('calendar.validFromUntil', { from: formatLocalDate(period.from, lang), until: formatLocalDate(period.until, lang) }));
    else if (period.from) lines.push(t('calendar.validFrom', { from: formatLocalDate(period.from, lang) }));
    else if (period.until) lines.push(t('calendar.validUntil', { until: formatLocalDate(period.until, lang) }));
  }
  const holidays = holidayLine(schedule, lang);
  if (holidays) lines.push(sentence(holidays, lang));
  lines.push(...closedLines(schedule, today, lang).map((line) => sentence(line, lang)));
  if (schedule.note) lines.push(schedule.note);
  return lines;
}

function sentence(line: string, lang: LanguageCode): string {
  return `${line.charAt(0).toLocaleUpperCase(localeOf(lang))}${line.slice(1)}${/[.!?]$/.test(line) ? '' : '.'}`;
}
