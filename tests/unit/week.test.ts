// "Die nächsten 7 Tage": today and the days after it in local time, built two weeks deep, whatever
// the build day; days without dates grouped into one line.
import { describe, expect, it } from 'vitest';
import { DAYS_BUILT, DAYS_SHOWN, groupDays, nextDays } from '../../src/lib/dates/week.ts';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { makeSchedule } from './fixtures/dates.ts';

const at = (local: string) => localDateTimeToDate(local);
const cafe = {
  title: 'Café',
  href: '/angebote/cafe/',
  schedule: makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '15:00', end: '17:00' }] }),
};
const fest = { title: 'Fest', href: '/veranstaltungen/fest/', start: '2026-12-05T14:00', end: '2026-12-06T18:00' };

describe('nextDays', () => {
  it('on a Sunday starts with that Sunday and reaches the Thursday after it', () => {
    const days = nextDays(at('2026-11-29T13:00'), [], [cafe]);
    expect(days).toHaveLength(DAYS_BUILT);
    expect(days[0]).toMatchObject({ day: '2026-11-29', isToday: true, shownAtBuild: true });
    expect(days.filter((d) => d.shownAtBuild).map((d) => d.day)).toEqual(['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']);
    expect(days[4]!.items.map((i) => i.startIso)).toEqual(['2026-12-03T15:00:00+01:00']);
    expect(days[DAYS_SHOWN]!.shownAtBuild).toBe(false);
  });

  it('starts at local midnight whatever the UTC date, and spans the clock change (a 23-hour day)', () => {
    const days = nextDays(new Date('2027-03-27T23:30:00Z'), [], []); // already Sunday 00:30 in Berlin
    expect(days[0]!.day).toBe('2027-03-28');
    expect(days[0]!.end.getTime() - days[0]!.start.getTime()).toBe(23 * 3_600_000);
    for (let i = 1; i < days.length; i++) expect(days[i]!.startIso).toBe(days[i - 1]!.endIso);
  });

  it('on a Thursday after the café: today says its dates are over; a multi-day event shows on each day', () => {
    const days = nextDays(at('2026-12-03T18:00'), [fest], [cafe]);
    expect(days[0]).toMatchObject({ day: '2026-12-03', over: true, items: [] });
    expect(days[2]!.items.map((i) => i.title)).toEqual(['Fest']);
    expect(days[3]!.items.map((i) => i.title)).toEqual(['Fest']);
  });

  it('marks a date on a holiday the schedule does not decide', () => {
    const days = nextDays(at('2026-12-20T10:00'), [], [cafe]);
    expect(days.find((d) => d.day === '2026-12-24')!.items[0]!.holiday).toBe('HEILIGABEND');
  });
});

describe('groupDays', () => {
  it('puts consecutive days without dates into one group, and a day whose dates are over on its own', () => {
    const groups = groupDays(nextDays(at('2026-12-03T18:00'), [fest], [cafe]));
    expect(groups.map((g) => (g.kind === 'day' ? g.day.day : g.days.map((d) => d.day).join('+')))).toEqual([
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
      '2026-12-07+2026-12-08+2026-12-09',
      '2026-12-10',
      '2026-12-11+2026-12-12+2026-12-13+2026-12-14+2026-12-15+2026-12-16',
    ]);
  });
});
