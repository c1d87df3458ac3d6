import { describe, expect, it } from 'vitest';
import { localDateTimeToDate } from '../../src/lib/dates/zone.ts';
import { nextOccurrences, occurrencesBetween } from '../../src/lib/dates/schedule.ts';
import { describeSchedule } from '../../src/lib/text/schedule.ts';
import {
  byAppointment,
  christmasBreak,
  everySecondTuesday,
  limited,
  makeSchedule,
  monthly,
  singleDate,
  weeklyThursday,
} from './fixtures/dates.ts';

const at = (local: string) => localDateTimeToDate(local);
const starts = (list: { startIso: string }[]) => list.map((o) => o.startIso);

describe('nextOccurrences: clock changes', () => {
  it('keeps a Thursday 15:00 slot at 15:00 local through the March change (offset +01:00 → +02:00)', () => {
    const list = nextOccurrences(weeklyThursday, at('2026-03-16T00:00'), 3);
    expect(starts(list)).toEqual(['2026-03-19T15:00:00+01:00', '2026-03-26T15:00:00+01:00', '2026-04-02T15:00:00+02:00']);
    expect(list.map((o) => o.endIso)).toEqual(['2026-03-19T17:00:00+01:00', '2026-03-26T17:00:00+01:00', '2026-04-02T17:00:00+02:00']);
    // The instants differ by one hour in UTC: proof the wall clock, not UTC, is held fixed.
    expect(list.map((o) => o.start.toISOString())).toEqual(['2026-03-19T14:00:00.000Z', '2026-03-26T14:00:00.000Z', '2026-04-02T13:00:00.000Z']);
  });

  it('keeps 15:00 local through the October change (offset +02:00 → +01:00)', () => {
    const list = nextOccurrences(weeklyThursday, at('2026-10-19T00:00'), 3);
    expect(starts(list)).toEqual(['2026-10-22T15:00:00+02:00', '2026-10-29T15:00:00+01:00', '2026-11-05T15:00:00+01:00']);
    expect(list[1]!.start.toISOString()).toBe('2026-10-29T14:00:00.000Z');
  });

  it('handles a slot on the change Sundays themselves (29 March and 25 October 2026)', () => {
    const sunday = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Sonntag'], start: '10:00', end: '12:00' }] });
    expect(starts(nextOccurrences(sunday, at('2026-03-28T00:00'), 1))).toEqual(['2026-03-29T10:00:00+02:00']);
    expect(starts(nextOccurrences(sunday, at('2026-10-24T00:00'), 1))).toEqual(['2026-10-25T10:00:00+01:00']);
  });

  it('takes summer time for the doubled 02:30 in October (RFC 5545), on page and in the end time', () => {
    const night = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Sonntag'], start: '02:30', end: '04:00' }], validFrom: '2026-04-01', validUntil: '2026-12-31' });
    const october = nextOccurrences(night, at('2026-10-24T00:00'), 1)[0]!;
    expect(october.startIso).toBe('2026-10-25T02:30:00+02:00');
    expect(october.endIso).toBe('2026-10-25T04:00:00+01:00');
  });

  it('keeps a slot around the spring gap whose times exist: 01:30–03:30 on 29 March 2026 lasts one hour', () => {
    const s = makeSchedule({ rules: [{ repeat: 'monatlich', weekday: 'Sonntag', positions: [-1], start: '01:30', end: '03:30' }] });
    const [march] = nextOccurrences(s, at('2026-03-27T00:00'), 1);
    expect([march!.startIso, march!.endIso]).toEqual(['2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00']);
    expect(march!.end.getTime() - march!.start.getTime()).toBe(3_600_000);
  });
});

describe('nextOccurrences: rules', () => {
  it('finds the 2nd Monday and the last Friday of each month', () => {
    const list = nextOccurrences(monthly, at('2026-01-01T00:00'), 10);
    expect(starts(list)).toEqual([
      '2026-01-12T18:00:00+01:00',
      '2026-01-30T10:00:00+01:00',
      '2026-02-09T18:00:00+01:00',
      '2026-02-27T10:00:00+01:00',
      '2026-03-09T18:00:00+01:00',
      '2026-03-27T10:00:00+01:00',
      '2026-04-13T18:00:00+02:00',
      '2026-04-24T10:00:00+02:00',
      '2026-05-11T18:00:00+02:00',
      '2026-05-29T10:00:00+02:00',
    ]);
  });

  it('takes the last Friday also in a month with five Fridays (October 2026)', () => {
    const list = nextOccurrences(monthly, at('2026-10-01T00:00'), 2);
    expect(starts(list)).toEqual(['2026-10-12T18:00:00+02:00', '2026-10-30T10:00:00+01:00']);
  });

  it('counts several positions: 1st and 3rd Wednesday', () => {
    const s = makeSchedule({ rules: [{ repeat: 'monatlich', weekday: 'Mittwoch', positions: [3, 1], start: '09:00', end: '10:00' }] });
    expect(starts(nextOccurrences(s, at('2026-07-01T12:00'), 3))).toEqual([
      '2026-07-15T09:00:00+02:00',
      '2026-08-05T09:00:00+02:00',
      '2026-08-19T09:00:00+02:00',
    ]);
  });

  it('anchors "every second week" at validFrom, however far ahead one looks', () => {
    expect(starts(nextOccurrences(everySecondTuesday, at('2026-01-01T00:00'), 3))).toEqual([
      '2026-01-06T09:30:00+01:00',
      '2026-01-20T09:30:00+01:00',
      '2026-02-03T09:30:00+01:00',
    ]);
    // 22 weeks after 6 January: 9 June is in phase, 2 June and 16 June are not.
    expect(starts(nextOccurrences(everySecondTuesday, at('2026-06-01T00:00'), 2))).toEqual([
      '2026-06-09T09:30:00+02:00',
      '2026-06-23T09:30:00+02:00',
    ]);
  });

  it('counts the weeks from the week of validFrom when validFrom is not itself a meeting day', () => {
    const s = makeSchedule({ ...everySecondTuesday, validFrom: '2026-01-05' });
    expect(starts(nextOccurrences(s, at('2026-01-01T00:00'), 2))).toEqual(['2026-01-06T09:30:00+01:00', '2026-01-20T09:30:00+01:00']);
  });

  it('lists several weekdays of one rule in order', () => {
    const s = makeSchedule({ rules: [{ repeat: 'wöchentlich', weekdays: ['Donnerstag', 'Montag'], start: '08:00', end: '09:00' }] });
    expect(starts(nextOccurrences(s, at('2026-03-01T00:00'), 3))).toEqual([
      '2026-03-02T08:00:00+01:00',
      '2026-03-05T08:00:00+01:00',
      '2026-03-09T08:00:00+01:00',
    ]);
  });
});

describe('nextOccurrences: validity, closed days, single dates', () => {
  it('skips the Christmas break and a single closed day', () => {
    expect(starts(nextOccurrences(christmasBreak, at('2025-12-15T00:00'), 3))).toEqual([
      '2025-12-18T15:00:00+01:00',
      '2026-01-08T15:00:00+01:00',
      '2026-01-15T15:00:00+01:00',
    ]);
    expect(starts(nextOccurrences(christmasBreak, at('2026-02-06T00:00'), 2))).toEqual([
      '2026-02-19T15:00:00+01:00',
      '2026-02-26T15:00:00+01:00',
    ]);
  });

  it('treats the first and last closed day as closed (inclusive)', () => {
    const s = makeSchedule({ ...weeklyThursday, closed: [{ from: '2026-03-05', to: '2026-03-12' }] });
    expect(starts(nextOccurrences(s, at('2026-03-01T00:00'), 1))).toEqual(['2026-03-19T15:00:00+01:00']);
  });

  it('starts on validFrom and ends on validUntil, both inclusive', () => {
    const list = nextOccurrences(limited, at('2026-01-01T00:00'), 20);
    expect(list[0]!.startIso).toBe('2026-05-07T15:00:00+02:00');
    expect(list.at(-1)!.startIso).toBe('2026-07-02T15:00:00+02:00');
    expect(list).toHaveLength(9);
    expect(nextOccurrences(limited, at('2026-07-02T17:00'), 5)).toEqual([]);
  });

  it('gives a single date while it has not ended, then nothing', () => {
    expect(starts(nextOccurrences(singleDate, at('2025-09-01T00:00'), 5))).toEqual(['2025-09-20T14:00:00+02:00']);
    expect(nextOccurrences(singleDate, at('2025-09-20T17:59'), 5)).toHaveLength(1);
    expect(nextOccurrences(singleDate, at('2025-09-20T18:00'), 5)).toEqual([]);
  });

  it('keeps an occurrence that is running now and drops one that has ended', () => {
    expect(starts(nextOccurrences(weeklyThursday, at('2026-03-26T16:59'), 1))).toEqual(['2026-03-26T15:00:00+01:00']);
    expect(starts(nextOccurrences(weeklyThursday, at('2026-03-26T17:00'), 1))).toEqual(['2026-04-02T15:00:00+02:00']);
  });

  it('merges several rules in time order, limits the count and respects the horizon', () => {
    const s = makeSchedule({
      rules: [
        { repeat: 'einmalig', date: '2026-03-28', start: '10:00', end: '12:00' },
        ...weeklyThursday.rules,
      ],
    });
    expect(starts(nextOccurrences(s, at('2026-03-25T00:00'), 3))).toEqual([
      '2026-03-26T15:00:00+01:00',
      '2026-03-28T10:00:00+01:00',
      '2026-04-02T15:00:00+02:00',
    ]);
    expect(nextOccurrences(monthly, at("2026-01-13T00:00"), 5, { horizonDays: 10 })).toEqual([]);
    expect(nextOccurrences(weeklyThursday, at('2026-01-01T00:00'), 0)).toEqual([]);
  });

  it('shows one slot once when two rules name it', () => {
    const s = makeSchedule({ rules: [...weeklyThursday.rules, { repeat: 'einmalig', date: '2026-03-26', start: '15:00', end: '17:00' }] });
    expect(starts(nextOccurrences(s, at('2026-03-25T00:00'), 2))).toEqual(['2026-03-26T15:00:00+01:00', '2026-04-02T15:00:00+02:00']);
  });

  it('has no dates for "by appointment"', () => {
    expect(nextOccurrences(byAppointment, at('2026-03-25T00:00'), 5)).toEqual([]);
  });
});

describe('occurrencesBetween', () => {
  it('returns what overlaps the week, including the clock-change week', () => {
    const s = makeSchedule({
      rules: [
        { repeat: 'wöchentlich', weekdays: ['Montag', 'Donnerstag'], start: '15:00', end: '17:00' },
        { repeat: 'wöchentlich', weekdays: ['Sonntag'], start: '10:00', end: '11:00' },
      ],
    });
    const week = occurrencesBetween(s, at('2026-10-19T00:00'), at('2026-10-26T00:00'));
    expect(starts(week)).toEqual(['2026-10-19T15:00:00+02:00', '2026-10-22T15:00:00+02:00', '2026-10-25T10:00:00+01:00']);
  });

  it('includes an occurrence running at the start and excludes one starting at the end', () => {
    const list = occurrencesBetween(weeklyThursday, at('2026-03-26T16:00'), at('2026-04-02T15:00'));
    expect(starts(list)).toEqual(['2026-03-26T15:00:00+01:00']);
    expect(occurrencesBetween(weeklyThursday, at('2026-04-02T15:00'), at('2026-03-26T16:00'))).toEqual([]);
  });
});

const HOLIDAYS = 'an Feiertagen und am 24. und 31. Dezember: bitte vorher nachfragen';

describe('describeSchedule', () => {
  it('says weekly, every second week, monthly and single dates in plain German', () => {
    expect(describeSchedule(weeklyThursday, { lang: 'de' })).toEqual(['jeden Donnerstag, 15:00–17:00 Uhr', HOLIDAYS]);
    expect(describeSchedule(everySecondTuesday, { lang: 'de' })).toEqual(['jeden zweiten Dienstag, 9:30–11:00 Uhr', 'ab 6. Januar 2026', HOLIDAYS]);
    expect(describeSchedule(monthly, { lang: 'de' })).toEqual([
      'jeden 2. Montag im Monat, 18:00–19:30 Uhr',
      'am letzten Freitag im Monat, 10:00–12:00 Uhr',
      HOLIDAYS,
    ]);
    expect(describeSchedule(singleDate, { lang: 'de' })).toEqual(['am Samstag, 20. September 2025, 14:00–18:00 Uhr', HOLIDAYS]);
    expect(describeSchedule(byAppointment, { lang: 'de' })).toEqual(['Termine nach Vereinbarung: bitte telefonisch vereinbaren']);
  });

  it('joins several weekdays and positions, and writes longer intervals out', () => {
    const s = makeSchedule({
      rules: [
        { repeat: 'wöchentlich', weekdays: ['Freitag', 'Montag', 'Mittwoch'], start: '08:00', end: '12:00' },
        { repeat: 'wöchentlich', weekdays: ['Montag', 'Donnerstag'], interval: 2, start: '14:00', end: '15:00' },
        { repeat: 'wöchentlich', weekdays: ['Dienstag'], interval: 6, start: '14:00', end: '15:00' },
        { repeat: 'monatlich', weekday: 'Mittwoch', positions: [-1, 1], start: '09:00', end: '10:00' },
      ],
      validFrom: '2026-01-05',
    });
    expect(describeSchedule(s, { lang: 'de' }).slice(0, 4)).toEqual([
      'jeden Montag, Mittwoch und Freitag, 8:00–12:00 Uhr',
      'alle zwei Wochen am Montag und Donnerstag, 14:00–15:00 Uhr',
      'alle sechs Wochen am Dienstag, 14:00–15:00 Uhr',
      'jeden 1. und letzten Mittwoch im Monat, 9:00–10:00 Uhr',
    ]);
  });

  it('adds validity and closed periods, and drops what is past when asked', () => {
    expect(describeSchedule(christmasBreak, { lang: 'de' })).toEqual([
      'jeden Donnerstag, 15:00–16:30 Uhr',
      HOLIDAYS,
      'geschlossen vom 22. Dezember 2025 bis 7. Januar 2026 (Weihnachtspause)',
      'geschlossen am 12. Februar 2026 (Weiberfastnacht)',
    ]);
    expect(describeSchedule(limited, { lang: 'de' })).toEqual(['jeden Donnerstag, 15:00–17:00 Uhr', 'vom 7. Mai 2026 bis 2. Juli 2026', HOLIDAYS]);
    expect(describeSchedule(limited, { lang: 'de', from: at('2026-06-01T00:00') })).toEqual(['jeden Donnerstag, 15:00–17:00 Uhr', 'bis 2. Juli 2026', HOLIDAYS]);
    expect(describeSchedule(christmasBreak, { lang: 'de', from: at('2026-01-08T00:00') })).toEqual([
      'jeden Donnerstag, 15:00–16:30 Uhr',
      HOLIDAYS,
      'geschlossen am 12. Februar 2026 (Weiberfastnacht)',
    ]);
  });

  it('ends with the editor note', () => {
    const s = makeSchedule({ ...weeklyThursday, note: 'nicht in den Sommerferien' });
    expect(describeSchedule(s, { lang: 'de' }).at(-1)).toBe('nicht in den Sommerferien');
  });
});

