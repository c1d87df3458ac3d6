import { describe, expect, it } from 'vitest';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { berlinWeek } from '../../src/lib/dates/week.ts';
import { christmasBreak, makeSchedule, weeklyThursday } from './fixtures/dates.ts';

const at = (local: string) => localDateTimeToDate(local);
const thursdayCafe = { title: 'Testcafé', href: '/angebote/testcafe/', schedule: weeklyThursday, status: 'aktiv' };

describe('berlinWeek', () => {
  it('runs Monday to Sunday of the Werne week, whatever instant of it `now` is', () => {
    for (const now of [at('2026-12-07T00:00'), at('2026-12-10T12:00'), at('2026-12-13T23:59')]) {
      const days = berlinWeek(now, [], []);
      expect(days.map((d) => d.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    }
  });

  it('takes the Werne day, not the UTC day: Sunday 23:30 in Werne is still last week', () => {
    // 2026-12-13T22:30Z is Sunday 23:30 in Werne but already Monday in Kiritimati.
    const days = berlinWeek(new Date('2026-12-13T22:30:00Z'), [], []);
    expect(days[0]!.day).toBe('2026-12-07');
    expect(days.find((d) => d.isToday)?.day).toBe('2026-12-13');
  });

  it('marks exactly one day as today and the days before it as past', () => {
    const days = berlinWeek(at('2026-12-10T09:00'), [], []);
    expect(days.filter((d) => d.isToday).map((d) => d.day)).toEqual(['2026-12-10']);
    expect(days.filter((d) => d.isPast).map((d) => d.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
  });

  it('gives day bounds at Werne midnight with offset, 23 hours on the spring clock-change Sunday', () => {
    const days = berlinWeek(at('2026-03-25T12:00'), [], []);
    const sunday = days[6]!;
    expect(sunday.day).toBe('2026-03-29');
    expect(sunday.startIso).toBe('2026-03-29T00:00:00+01:00');
    expect(sunday.endIso).toBe('2026-03-30T00:00:00+02:00');
    expect(sunday.end.getTime() - sunday.start.getTime()).toBe(23 * 3600_000);
  });

  it('lists a regular offer on its weekday, and drops it once it has ended', () => {
    const before = berlinWeek(at('2026-12-10T14:00'), [], [thursdayCafe]);
    expect(before.map((d) => d.items.length)).toEqual([0, 0, 0, 1, 0, 0, 0]);
    expect(before[3]!.items[0]).toMatchObject({ startIso: '2026-12-10T15:00:00+01:00', endIso: '2026-12-10T17:00:00+01:00', kind: 'offer' });
    const running = berlinWeek(at('2026-12-10T16:59'), [], [thursdayCafe]);
    expect(running[3]!.items).toHaveLength(1);
    const after = berlinWeek(at('2026-12-10T17:00'), [], [thursdayCafe]);
    expect(after[3]!.items).toHaveLength(0);
  });

  it('leaves out closed days and offers that are not running', () => {
    const closed = berlinWeek(at('2025-12-22T08:00'), [], [{ ...thursdayCafe, schedule: christmasBreak }]);
    expect(closed.flatMap((d) => d.items)).toEqual([]);
    const paused = berlinWeek(at('2026-12-07T08:00'), [], [{ ...thursdayCafe, status: 'pausiert' }]);
    expect(paused.flatMap((d) => d.items)).toEqual([]);
  });

  it('shows an event that lasts over midnight on both days, and sorts each day by start', () => {
    const events = [
      { title: 'Nachtwanderung', href: '/veranstaltungen/nacht/', start: '2026-12-11T20:00', end: '2026-12-12T02:00' },
      { title: 'Frühstück', href: '/veranstaltungen/fruehstueck/', start: '2026-12-10T09:00', end: '2026-12-10T11:00' },
    ];
    const twice = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag'], start: '08:00', end: '08:30' }] });
    const days = berlinWeek(at('2026-12-07T08:00'), events, [{ title: 'Frühsport', href: '/angebote/sport/', schedule: twice }]);
    expect(days[3]!.items.map((i) => i.title)).toEqual(['Frühsport', 'Frühstück']);
    expect(days[4]!.items.map((i) => i.title)).toEqual(['Nachtwanderung']);
    expect(days[5]!.items.map((i) => i.title)).toEqual(['Nachtwanderung']);
    expect(days[4]!.items[0]!.endIso).toBe('2026-12-12T02:00:00+01:00');
  });
});
