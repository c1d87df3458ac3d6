// The schedule of an offer in plain words, e.g. "jeden Donnerstag, 15:00–17:00 Uhr" and
// "geschlossen vom 22. Dezember 2025 bis 7. Januar 2026 (Weihnachtspause)". Every phrase comes
// from the interface texts (src/i18n/), so the wording can be translated like the rest.
import { t } from '../../i18n/de.ts';
import type { ClosedPeriod, Schedule, ScheduleRule } from '../../schemas/schedule.ts';
import { formatClockTimeRange, formatLocalDate, formatLocalDateLong } from '../dates/format.ts';
import { closedRange, sortPositions } from '../dates/schedule.ts';
import { inWeekOrder } from '../dates/weekdays.ts';
import { localDay } from '../dates/zone.ts';

const list = new Intl.ListFormat('de', { style: 'long', type: 'conjunction' });

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

function position(p: number): string {
  return p === -1 ? t('schedule.position.last') : t('schedule.position', { n: p });
}

function describeRule(rule: ScheduleRule): string {
  const times = formatClockTimeRange(rule.start, rule.end);
  if (rule.repeat === 'einmalig') return t('schedule.single', { date: formatLocalDateLong(rule.date), times });
  if (rule.repeat === 'monatlich') {
    const positions = sortPositions(rule.positions);
    if (positions.length === 1 && positions[0] === -1) return t('schedule.monthlyLast', { weekday: rule.weekday, times });
    return t('schedule.monthly', { positions: list.format(positions.map(position)), weekday: rule.weekday, times });
  }
  const days = list.format(inWeekOrder(rule.weekdays));
  if (rule.interval === 1) return t('schedule.weekly', { days, times });
  const nth = NTH_KEYS[rule.interval as keyof typeof NTH_KEYS];
  if (rule.weekdays.length === 1 && nth) return t('schedule.weeklyNth', { nth: t(nth), days, times });
  const count = COUNT_KEYS[rule.interval as keyof typeof COUNT_KEYS];
  return t('schedule.everyWeeks', { count: count ? t(count) : rule.interval, days, times });
}

function describeClosed(period: ClosedPeriod): string {
  const [from, to] = closedRange(period);
  const reason = period.reason ? t('schedule.reason', { reason: period.reason }) : '';
  if (from === to) return t('schedule.closedDay', { date: formatLocalDate(from), reason });
  return t('schedule.closedPeriod', { from: formatLocalDate(from), to: formatLocalDate(to), reason });
}

function validity(schedule: Schedule, today: string | undefined): string | undefined {
  const from = schedule.validFrom && !(today && schedule.validFrom <= today) ? schedule.validFrom : undefined;
  const until = schedule.validUntil;
  if (from && until) return t('schedule.validFromUntil', { from: formatLocalDate(from), until: formatLocalDate(until) });
  if (from) return t('schedule.validFrom', { from: formatLocalDate(from) });
  if (until) return t('schedule.validUntil', { until: formatLocalDate(until) });
  return undefined;
}

export interface DescribeOptions {
  /** When given, closed periods that are over and a validFrom already reached are left out. */
  from?: Date;
}

/**
 * The schedule as lines, in this order: rules (single dates by date), "nach Vereinbarung",
 * validity, closed periods, note.
 */
export function describeSchedule(schedule: Schedule, options: DescribeOptions = {}): string[] {
  const today = options.from ? localDay(options.from) : undefined;
  const rules = [...(schedule.rules ?? [])].sort((a, b) => {
    // Regular rules first (as written), then single dates in date order.
    if (a.repeat === 'einmalig' && b.repeat === 'einmalig') return a.date.localeCompare(b.date) || a.start.localeCompare(b.start);
    return Number(a.repeat === 'einmalig') - Number(b.repeat === 'einmalig');
  });
  const lines = rules.map(describeRule);
  if (schedule.byAppointment) lines.push(t('schedule.byAppointment', { text: schedule.byAppointment }));
  const valid = validity(schedule, today);
  if (valid) lines.push(valid);
  const closed = [...(schedule.closed ?? [])]
    .filter((period) => !today || closedRange(period)[1] >= today)
    .sort((a, b) => a.from.localeCompare(b.from));
  lines.push(...closed.map(describeClosed));
  if (schedule.note) lines.push(schedule.note);
  return lines;
}
